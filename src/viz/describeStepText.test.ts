// The step sentences as messages: the short merge-break reasons agree with the pipeline boxes'
// labels (labels.ts), and every sentence of every preset renders from the English templates.
import { describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate, VERSION_IDS } from '../model';
import { renderMessage, templateTranslator } from '../model/narration/message';
import { resolveKernelConfig } from '../model/config';
import type { SgBreak } from '../model/stages/mapSg';
import { breakMessage, DESCRIBE_EN, describeStep } from './describeStep';
import { sgBreakLabel } from './labels';

const english = templateTranslator(DESCRIBE_EN);
const BREAKS: readonly SgBreak[] = [
  'first',
  'no-clustering',
  'size',
  'not-contiguous',
  'machine-frames',
  'boundary',
];

describe('step sentences as messages', () => {
  it('word merge breaks as the boxes label them', () => {
    for (const kernel of [
      resolveKernelConfig({}),
      resolveKernelConfig({ segmentBoundaryMask: 65535 }),
    ])
      for (const because of BREAKS)
        expect(renderMessage(breakMessage(because, kernel), english)).toBe(
          sgBreakLabel(because, kernel),
        );
  });

  it('render every step of the small presets from the templates', () => {
    for (const preset of PRESETS.filter((p) => p.id !== 'indirect-256')) {
      const parsed = parseScenario(preset.json);
      if (!parsed.ok) throw new Error(preset.id);
      const sim = simulate(parsed.value, { trace: true });
      for (let i = 0; i < sim.steps.length; i++)
        for (const v of VERSION_IDS) {
          // templateTranslator throws on a missing template or value.
          expect(describeStep(sim, i, v)).not.toMatch(/\{\{|\}\}/);
        }
    }
  });
});
