import { describe, expect, it } from 'vitest';
import {
  MAX_SENTENCE_LINES,
  fileStem,
  pictureFileName,
  pictureTitle,
  wrapWords,
} from './exportNames';

describe('file names', () => {
  it('slugs the scenario title', () => {
    expect(fileStem('parted print on a fresh GPT label')).toBe('parted-print-on-a-fresh-gpt-label');
    expect(fileStem('  RAID: 4 KiB stripe!  ')).toBe('raid-4-kib-stripe');
    expect(fileStem('…')).toBe('scenario');
  });

  it('names a picture after the scenario, step and focus', () => {
    expect(pictureFileName('parted print', 43, '0a8704a51', 'svg')).toBe(
      'parted-print-step-43-0a8704a51.svg',
    );
    expect(pictureFileName('', 0, 'b7649158', 'png')).toBe('scenario-step-0-b7649158.png');
  });
});

describe('wrapWords', () => {
  it('fills lines greedily up to the width', () => {
    expect(wrapWords('one two three four', 9, 5)).toEqual(['one two', 'three', 'four']);
  });

  it('cuts a word longer than a line, and ends a truncated text with an ellipsis', () => {
    expect(wrapWords('abcdefghijkl', 8, 3)).toEqual(['abcdefg…']);
    expect(wrapWords('aaaa bbbb cccc dddd', 9, 1)).toEqual(['aaaa bbb…']);
    // A line is never narrower than 8 characters, so "aaaa bbbb" (9) still breaks.
    expect(wrapWords('aaaa bbbb cccc', 4, 2)).toEqual(['aaaa', 'bbbb…']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapWords('   ', 20, 2)).toEqual([]);
  });
});

describe('pictureTitle', () => {
  it('names the scenario, the step as the slider counts it, the focus, and the step sentence', () => {
    const t = pictureTitle({
      scenarioTitle: 'parted print on a fresh GPT label',
      step: 43,
      steps: 50,
      focus: '0a8704a51',
      sentence: 'Request 2: copy 1 — 0a8704a51 copies grant 0 bytes 0-4095 into bio_vec 1: wrong',
      widthPx: 1000,
      charPx: 6.6,
    });
    expect(t.heading).toBe('Scatterlist Explorer: parted print on a fresh GPT label');
    expect(t.lines).toEqual([
      'Step 43 of 49 · focus 0a8704a51',
      'Request 2: copy 1 — 0a8704a51 copies grant 0 bytes 0-4095 into bio_vec 1: wrong',
    ]);
  });

  it('wraps a long sentence to the picture width, at most MAX_SENTENCE_LINES lines', () => {
    const t = pictureTitle({
      scenarioTitle: 'x',
      step: 0,
      steps: 1,
      focus: 'b7649158',
      sentence: 'word '.repeat(200),
      widthPx: 300,
      charPx: 6,
    });
    expect(t.lines[0]).toBe('Step 0 of 0 · focus b7649158');
    const sentence = t.lines.slice(1);
    expect(sentence).toHaveLength(MAX_SENTENCE_LINES);
    // (300 - 24) / 6 = 46 characters per line.
    for (const line of sentence) expect(line.length).toBeLessThanOrEqual(46);
    expect(sentence[sentence.length - 1]!.endsWith('…')).toBe(true);
  });
});
