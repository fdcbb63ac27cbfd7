// parted's explanations through i18next: the English resources are the model's own templates, so
// the page's English equals each verdict's `explanation` (what the CLI prints), and the Chinese
// fills every template of every verdict the presets and a few damaged disks produce.
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate } from '../../model';
import { interpretGpt, PARTED_EN, partedPrint, type PartedVerdict } from '../../model/symptoms';
import enSymptoms from '../../i18n/locales/en/symptoms.json';
import { i18n, initI18n } from '../../i18n/setup';
import { partedReasonText } from './partedReason';

/** Every verdict the presets give, per lane, plus hand-made disks for the other branches. */
function verdicts(): PartedVerdict[] {
  const out: PartedVerdict[] = [];
  for (const preset of PRESETS) {
    const parsed = parseScenario(preset.json);
    if (!parsed.ok) continue;
    const sim = simulate(parsed.value, { trace: true });
    for (const lane of ['oracle', '0a8704a51', 'd62f69185', 'b7649158'] as const)
      out.push(partedPrint(sim, lane));
  }
  // LBA 1 without "EFI PART"; then a GPT signature over an LBA 0 that is not a protective MBR;
  // then nothing read at all.
  const zero = { bytes: new Uint8Array(512), op: 0 };
  const gptSig = new Uint8Array(512);
  gptSig.set(new TextEncoder().encode('EFI PART'));
  out.push(interpretGpt(new Map([[1, zero]]), 4096));
  out.push(
    interpretGpt(
      new Map([
        [0, zero],
        [1, { bytes: gptSig, op: 1 }],
      ]),
      4096,
    ),
  );
  out.push(interpretGpt(new Map(), 4096));
  return out;
}

describe("parted's explanations in the interface language", () => {
  const all = verdicts().filter((v) => v.kind !== 'table');

  beforeAll(async () => {
    await initI18n('zh-Hans');
  });

  it('English resources are the model templates', () => {
    expect(enSymptoms.partedWhy).toEqual(PARTED_EN);
  });

  it('covers several kinds of verdict (the checks below are not vacuous)', () => {
    expect(new Set(all.map((v) => v.kind))).toEqual(
      new Set(['error', 'unrecognised', 'incomplete']),
    );
  });

  it('renders English exactly as the model explains', () => {
    const t = i18n.getFixedT('en', 'symptoms');
    for (const v of all) {
      expect(partedReasonText(v.reason, t, 'en')).toBe(v.explanation);
    }
  });

  it('renders Chinese from existing templates with every value filled', () => {
    const t = i18n.getFixedT('zh-Hans', 'symptoms');
    for (const v of all) {
      const text = partedReasonText(v.reason, t, 'zh-Hans');
      expect(text).not.toMatch(/partedWhy|\{\{/);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
