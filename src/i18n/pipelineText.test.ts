// The pipeline's sentences in Simplified Chinese: every step sentence (the drawing's accessible
// name) and lane status line of the small presets, for every focus, renders from existing Chinese
// templates with every placeholder filled.
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate, VERSION_IDS } from '../model';
import { renderMessage, type Message } from '../model/narration/message';
import { describeStepMessage } from '../viz/describeStep';
import { requestProgress } from '../viz/progress';
import { laneStatus } from '../viz/laneStatus';
import { subjectAtStep } from '../viz/subject';
import { i18n, initI18n } from './setup';

beforeAll(async () => {
  await initI18n('zh-Hans');
});

/** `message` in Chinese under `prefix`, recording keys Chinese lacks (i18next would fall back). */
function zh(message: Message, prefix: string, missing: Set<string>): string {
  return renderMessage(message, (key, values) => {
    const full = `${prefix}.${key}`;
    const plural = typeof values.count === 'number' ? `${full}_other` : full;
    const known = (k: string) => i18n.exists(k, { ns: 'pipeline', lng: 'zh-Hans' });
    if (!known(full) && !known(plural)) missing.add(full);
    return i18n.t(full, { ns: 'pipeline', lng: 'zh-Hans', ...values });
  });
}

describe('pipeline sentences in Simplified Chinese', () => {
  it('word every step and lane status of the small presets', () => {
    const missing = new Set<string>();
    for (const preset of PRESETS.filter((p) => p.id !== 'indirect-256')) {
      const parsed = parseScenario(preset.json);
      if (!parsed.ok) throw new Error(preset.id);
      const sim = simulate(parsed.value, { trace: true });
      for (let step = 0; step < sim.steps.length; step++) {
        const subject = subjectAtStep(sim, step);
        const progress = requestProgress(sim, subject, step);
        for (const v of VERSION_IDS) {
          const texts = [zh(describeStepMessage(sim, step, v), 'describe', missing)];
          if (progress) texts.push(zh(laneStatus(progress, v).message, 'lane', missing));
          for (const text of texts) {
            expect(text).toMatch(/[\u4e00-\u9fff]/);
            expect(text).not.toMatch(/\{\{|\}\}/);
          }
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});
