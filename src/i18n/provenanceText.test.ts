// The provenance panel's sentences in Simplified Chinese: every line and verdict of every byte
// cell of the small presets (at mid-run and at the end, on every lane) renders from existing
// Chinese templates with every placeholder filled.
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate, VERSION_IDS, type LaneId } from '../model';
import { renderMessage, type Message } from '../model/narration/message';
import { provenanceOf } from '../model/provenance';
import { provenanceStory } from '../viz/provenanceText';
import { i18n, initI18n } from './setup';

beforeAll(async () => {
  await initI18n('zh-Hans');
});

/** `message` in Chinese under `story.`, recording keys Chinese lacks. */
function zh(message: Message, missing: Set<string>): string {
  return renderMessage(message, (key, values) => {
    const full = `story.${key}`;
    if (!i18n.exists(full, { ns: 'hex', lng: 'zh-Hans' })) missing.add(full);
    return i18n.t(full, { ns: 'hex', lng: 'zh-Hans', ...values });
  });
}

describe('provenance in Simplified Chinese', () => {
  it('words every line and verdict of the small presets', () => {
    const missing = new Set<string>();
    const seen = new Set<string>();
    const lanes: LaneId[] = [...VERSION_IDS, 'oracle'];
    for (const preset of PRESETS.filter((p) => p.id !== 'indirect-256')) {
      const parsed = parseScenario(preset.json);
      if (!parsed.ok) throw new Error(preset.id);
      const sim = simulate(parsed.value, { trace: true });
      const pages = new Set(sim.requests.flatMap((r) => r.bvecs.map((b) => b.page)));
      for (const asOf of [Math.floor(sim.steps.length / 2), sim.steps.length - 1])
        for (const lane of lanes)
          for (const page of pages)
            for (let cell = 0; cell < sim.scenario.kernel.pageSize / 512; cell++) {
              const loc = { region: 'memory' as const, index: page, cell };
              const story = provenanceStory(sim, lane, loc, provenanceOf(sim, lane, loc, asOf), 0);
              for (const m of [story.verdictMessage, ...story.lines.map((l) => l.message)]) {
                seen.add(m.key);
                const text = zh(m, missing);
                expect(text).toMatch(/[\u4e00-\u9fff]/);
                expect(text).not.toMatch(/\{\{|\}\}/);
              }
            }
    }
    expect([...missing]).toEqual([]);
    // The presets reach the common sentences: copies, backend fills, origins and both verdicts.
    for (const key of ['copied', 'filled', 'originDisk', 'right', 'wrong'])
      expect(seen).toContain(key);
  });
});
