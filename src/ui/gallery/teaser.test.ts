import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model';
import { firstSentence, TEASER_MAX_CHARS, teaser, trimAtWord } from './teaser';

describe('firstSentence', () => {
  it('ends at the first full stop followed by a space', () => {
    expect(firstSentence('One two. Three four.')).toBe('One two.');
    expect(firstSentence('  No full stop at all  ')).toBe('No full stop at all');
  });

  it('ignores version numbers, abbreviations and full stops inside code spans', () => {
    expect(firstSentence('Linux 3.8 broke. Then 3.9.')).toBe('Linux 3.8 broke.');
    expect(firstSentence('A stacked driver (e.g. RAID) reads. More.')).toBe(
      'A stacked driver (e.g. RAID) reads.',
    );
    expect(firstSentence('Run `echo a. b` first. Then.')).toBe('Run `echo a. b` first.');
  });

  it('keeps a closing quote or bracket with its sentence', () => {
    expect(firstSentence('It said "done." Then it died.')).toBe('It said "done."');
  });
});

describe('trimAtWord', () => {
  it('leaves short text alone', () => {
    expect(trimAtWord('short', 10)).toBe('short');
  });

  it('cuts at the last space that fits, drops trailing punctuation and adds an ellipsis', () => {
    expect(trimAtWord('alpha beta, gamma delta', 13)).toBe('alpha beta…');
    expect(trimAtWord('alpha beta, gamma delta', 13).length).toBeLessThanOrEqual(13);
  });

  it('does not end on a dangling article or preposition, or an open bracket', () => {
    expect(trimAtWord('the backend reads the stripe unit', 24)).toBe('the backend reads…');
    expect(trimAtWord('at page offset 512 (P0 at offset 0)', 25)).toBe('at page offset 512…');
  });

  it('cuts a single overlong word rather than dropping it', () => {
    expect(trimAtWord('abcdefghijklmnop', 8)).toBe('abcdefg…');
  });

  it('closes a code span the cut leaves open', () => {
    expect(trimAtWord('Then `parted /dev/xvdb print` reads', 20)).toBe('Then `parted`…');
  });
});

describe('teaser', () => {
  it('is empty without a description', () => {
    expect(teaser(undefined)).toBe('');
  });

  it('is one sentence of at most TEASER_MAX_CHARS for every preset', () => {
    for (const p of PRESETS) {
      const t = teaser((p.json as { description?: string }).description);
      expect(t.length, p.id).toBeGreaterThan(20);
      expect(t.length, p.id).toBeLessThanOrEqual(TEASER_MAX_CHARS);
      expect((t.split('`').length - 1) % 2, p.id).toBe(0);
    }
  });

  it('takes the parted preset’s first sentence, cut at a word', () => {
    const parted = PRESETS.find((p) => p.id === 'parted-gpt')!;
    const t = teaser((parted.json as { description: string }).description);
    expect(t).toMatch(/^After `parted \/dev\/xvdb mklabel gpt`, `parted \/dev\/xvdb print` reads/);
    expect(t).toMatch(/\S…$/);
  });
});
