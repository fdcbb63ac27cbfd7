import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model';
import { buildPresetCard, presetCard, verdictText } from './presetCards';

const card = (id: string) => presetCard(PRESETS.find((p) => p.id === id)!);

describe('presetCard', () => {
  it('gives every preset a title, teaser, thumbnail and three verdicts', () => {
    for (const p of PRESETS) {
      const c = presetCard(p);
      expect(c.issues, p.id).toBeNull();
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.teaser.length).toBeGreaterThan(20);
      expect(c.preview, p.id).not.toBeNull();
      expect(c.verdict.map((v) => v.version)).toEqual(['0a8704a51', 'd62f69185', 'b7649158']);
    }
  });

  it('says which versions read each preset wrong', () => {
    expect(verdictText(card('parted-gpt').verdict)).toBe('0a8704a51 ✗ · d62f69185 ✓ · b7649158 ✓');
    expect(verdictText(card('raid-stripe').verdict)).toBe('0a8704a51 ✗ · d62f69185 ✗ · b7649158 ✓');
    expect(verdictText(card('page-aligned').verdict)).toBe(
      '0a8704a51 ✓ · d62f69185 ✓ · b7649158 ✓',
    );
  });

  it('simulates each preset once: the same card object comes back', () => {
    expect(card('full-ring-11')).toBe(card('full-ring-11'));
  });

  it('turns a preset that does not validate into issues, not an exception', () => {
    const bad = buildPresetCard({ id: 'bad', file: 'bad.json', json: { version: 1, ops: 3 } });
    expect(bad.title).toBe('bad');
    expect(bad.preview).toBeNull();
    expect(bad.verdict).toEqual([]);
    expect(bad.issues!.length).toBeGreaterThan(0);
  });

  it('has no thumbnail for a preset without READ requests', () => {
    const writeOnly = buildPresetCard({
      id: 'w',
      file: 'w.json',
      json: {
        version: 1,
        disk: { sectors: 64, content: 'zero' },
        ops: [{ op: 'write', sector: 0, buffer: { address: 0, length: 512 } }],
      },
    });
    expect(writeOnly.issues).toBeNull();
    expect(writeOnly.preview).toBeNull();
    expect(verdictText(writeOnly.verdict)).toBe('0a8704a51 ✓ · d62f69185 ✓ · b7649158 ✓');
  });
});
