// The narration in Simplified Chinese: every message of every preset, for every focus, renders
// from existing templates with every placeholder filled, and reads as Chinese; and the English
// rendered through i18next is exactly the model's own English.
import { beforeAll, describe, expect, it } from 'vitest';
import { narrateStep, narrationMessage, renderMessage, type Translate } from '../model/narration';
import { PRESETS } from '../model/presets';
import { parseScenario } from '../model/scenario/validate';
import { simulate, type Simulation } from '../model/simulate';
import { VERSION_IDS } from '../model/versions';
import { narrationTranslator, relabelOps, renderNarration } from './narration';
import { i18n, initI18n } from './setup';

function run(id: string): Simulation {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value, { trace: true });
}

/** A translator that also records keys the language lacks (i18next would fall back silently). */
function checkedTranslator(language: string, missing: Set<string>): Translate {
  const translate = narrationTranslator(i18n, language);
  return (key, values) => {
    const plural = typeof values.count === 'number' ? `${key}_other` : key;
    if (
      !i18n.exists(key, { ns: 'narration', lng: language }) &&
      !i18n.exists(plural, { ns: 'narration', lng: language })
    )
      missing.add(key);
    return translate(key, values);
  };
}

beforeAll(async () => {
  await initI18n('zh-Hans');
});

describe('narration in Simplified Chinese', () => {
  // indirect-256 repeats the same sentences 256 times; the other presets cover every message.
  const ids = PRESETS.map((p) => p.id).filter((id) => id !== 'indirect-256');

  it.each(ids)('renders every step of %s for every focus', (id) => {
    const sim = run(id);
    const missing = new Set<string>();
    const zh = checkedTranslator('zh-Hans', missing);
    for (const step of sim.steps) {
      for (const v of VERSION_IDS) {
        const text = renderMessage(narrationMessage(sim, step.index, v)!, zh);
        const where = `${id} step ${step.index} (${step.type}) ${v}`;
        expect(text, where).not.toMatch(/\{\{|\}\}|undefined|NaN|\[object/);
        expect(text, where).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('keeps kernel identifiers and numbers, and says it in Chinese (d62f69185 example, step 11)', () => {
    const sim = run('d62-commit-example');
    const text = renderNarration(i18n, narrationMessage(sim, 11, '0a8704a51')!, 'zh-Hans');
    expect(text).toContain('bio_vec 1 (P2, 0, 512) 从页内偏移 0 开始，但累计字节数是 512');
    expect(text).toContain('i = 512 >> 12 = 0');
    expect(text).toContain('授权页 0 只在第 3584–4095 字节存有本请求的数据');
    expect(text).toContain('那里的第 0–511 字节是未初始化的（新分配的页）');
    expect(text).toContain(
      '。与此同时，d62f69185 和 b7649158 都从授权页 1 的偏移 0 处拷贝（正确）',
    );
    expect(text).toContain('并从授权页 0 的偏移 0 处拷贝 512 字节');
  });

  it('matches the model’s own English when rendered in English through i18next', () => {
    const sim = run('parted-gpt');
    const en = narrationTranslator(i18n, 'en');
    for (const step of sim.steps)
      for (const v of VERSION_IDS)
        expect(renderMessage(narrationMessage(sim, step.index, v)!, en)).toBe(
          narrateStep(sim, step.index, v),
        );
  });
});

describe('preset op labels in the narration', () => {
  it('replaces the label of the op the message names, at any depth, and nothing else', () => {
    const message = {
      key: 'outer',
      params: {
        label: 'not an op label: no op beside it',
        inner: { key: 'opStart.titleLabelled', params: { op: 2, label: 'read GPT header' } },
        items: { list: ['plain', { key: 'x', params: { op: 0, label: 'first op' } }], join: 'and' },
      },
    } as const;
    const labels = ['第一个', undefined, '读取 GPT 头'];
    const out = relabelOps(message, (op) => labels[op]);
    expect(out.params?.label).toBe('not an op label: no op beside it');
    expect(out.params?.inner).toEqual({
      key: 'opStart.titleLabelled',
      params: { op: 2, label: '读取 GPT 头' },
    });
    expect(out.params?.items).toEqual({
      list: ['plain', { key: 'x', params: { op: 0, label: '第一个' } }],
      join: 'and',
    });
    // An op without a translated label keeps the label it had.
    const kept = relabelOps(
      { key: 'k', params: { op: 1, label: 'as written' } },
      (op) => labels[op],
    );
    expect(kept.params?.label).toBe('as written');
  });

  it('has a Chinese label for every labelled op of every preset', async () => {
    await initI18n('zh-Hans');
    for (const preset of PRESETS) {
      const ops = (preset.json as { ops: { label?: string }[] }).ops;
      ops.forEach((op, i) => {
        if (op.label === undefined) return;
        const zh = i18n.t(`${preset.id}.ops.${i}`, { ns: 'presets', lng: 'zh-Hans' });
        expect(zh, `${preset.id} op ${i}`).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  });
});
