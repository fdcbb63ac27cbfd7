import { describe, expect, it } from 'vitest';
import { PRESETS, VERSION_IDS } from '../model';
import { presetTitle, runPreset } from './presetRun';

describe('runPreset', () => {
  it('runs every shipped preset', () => {
    for (const preset of PRESETS) {
      const run = runPreset(preset);
      expect(run.ok, preset.id).toBe(true);
      if (run.ok) expect(Object.keys(run.value.totals).sort()).toEqual([...VERSION_IDS].sort());
    }
  });

  it('returns issues naming the field path for an invalid preset', () => {
    const run = runPreset({
      id: 'broken',
      file: 'scenarios/broken.json',
      json: { version: 1, disk: { sectors: 64, content: 'zero' }, ops: [{ op: 'read' }] },
    });
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.error.map((i) => i.path).join(' ')).toMatch(/^ops\[0\]/);
  });
});

describe('presetTitle', () => {
  it('uses the title, falling back to the id', () => {
    expect(presetTitle({ id: 'a', file: 'a.json', json: { title: 'A title' } })).toBe('A title');
    expect(presetTitle({ id: 'a', file: 'a.json', json: { title: 3 } })).toBe('a');
    expect(presetTitle({ id: 'a', file: 'a.json', json: null })).toBe('a');
  });
});
