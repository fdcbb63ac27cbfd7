// The search panel's words: its English resources say exactly what the model says (the model's
// English stays the CLI's and the goldens'; the page must not drift from it), and an issue is
// worded from its rule in Chinese, or falls back to the engine's English when no rule is known.
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION_IDS, VERSION_INFO } from '../../model';
import {
  PATTERNS,
  SEARCH_RULES_EN,
  parseSearchOptions,
  parseSearchSpace,
  phaseMapDirectIo,
  phaseMapRaid,
} from '../../model/search';
import enSearch from '../../i18n/locales/en/search.json';
import enUi from '../../i18n/locales/en/ui.json';
import { i18n, initI18n } from '../../i18n/setup';
import { FIELD_LABELS, formToSearch, DEFAULT_FORM, type FieldIssue } from '../../state/searchForm';
import { OUTCOME_PAINT } from '../../viz/phaseMap';
import { compactCount, durationParts } from '../../viz/searchProgress';
import { ruleText } from './issueText';

describe('English search resources match the model', () => {
  it('has every failure pattern, worded as PATTERNS words it', () => {
    for (const p of PATTERNS) {
      expect(enSearch.patterns.byId[p.id as keyof typeof enSearch.patterns.byId]).toEqual({
        title: p.title,
        description: p.description,
      });
    }
    expect(Object.keys(enSearch.patterns.byId)).toHaveLength(PATTERNS.length);
  });

  it('has every search rule, worded as the engine words it', () => {
    expect(enSearch.rules).toEqual(SEARCH_RULES_EN);
  });

  it('titles and labels each phase map as the model does', () => {
    for (const map of [phaseMapDirectIo(), phaseMapRaid()]) {
      const words = enSearch.phase.maps[map.kind];
      expect([words.title, words.xLabel, words.yLabel]).toEqual([
        map.title,
        map.xLabel,
        map.yLabel,
      ]);
      // The tooltip names the axes without their unit, the second in lower case.
      expect(`${words.xLabel}`.startsWith(`${words.xName} (`)).toBe(true);
      expect(words.yLabel.toLowerCase().startsWith(`${words.yName.toLowerCase()} (`)).toBe(true);
    }
  });

  it('names fields, outcomes and versions as the state and viz layers do', () => {
    expect(enSearch.fields).toEqual(FIELD_LABELS);
    for (const o of ['right', 'wrong', 'bug'] as const)
      expect(enSearch.phase.legendWords[o]).toBe(OUTCOME_PAINT[o].words);
    for (const v of VERSION_IDS) expect(enUi.versions[v].title).toBe(VERSION_INFO[v].title);
  });
});

describe('search issues carry their rule', () => {
  it('keeps the English message and adds the rule, for the engine and the form', () => {
    const space = parseSearchSpace({ pages: 17, maxBvecs: 3, granularity: 1536 });
    expect(space.ok).toBe(false);
    if (space.ok) return;
    expect(space.error).toEqual([
      {
        path: 'pages',
        message: 'must be at most 16',
        searchRule: { id: 'atMost', params: { max: 16 } },
      },
    ]);
    const tiny = parseSearchSpace({ pages: 1, maxBvecs: 1 });
    if (!tiny.ok) throw new Error('tiny space should parse');
    const options = parseSearchOptions({ seed: -1 }, tiny.value);
    expect(!options.ok && options.error).toEqual([
      {
        path: 'seed',
        message: 'must be a whole number from 0 to 4294967295',
        searchRule: { id: 'wholeIn', params: { min: 0, max: 4294967295 } },
      },
    ]);
    const form = formToSearch({ ...DEFAULT_FORM, pages: '4x' });
    expect(!form.ok && form.error).toEqual([
      {
        field: 'pages',
        message: 'must be a whole number (got "4x")',
        rule: { source: 'search', id: 'wholeGot', params: { text: '4x' } },
      },
    ]);
  });
});

describe('issue words in Chinese', () => {
  beforeAll(async () => {
    await initI18n('zh-Hans');
  });

  const has = (key: string, ns: string) => i18n.exists(key, { ns });
  const t = i18n.getFixedT('zh-Hans', 'search');

  it('words a known rule with its values', () => {
    const issue: FieldIssue = {
      field: 'pages',
      message: 'must be at most 16',
      rule: { source: 'search', id: 'atMost', params: { max: 16 } },
    };
    expect(ruleText(issue, t, has)).toBe('不能大于 16');
  });

  it('falls back to the English message without a rule or without words for it', () => {
    expect(ruleText({ field: 'pages', message: 'zod said so' }, t, has)).toBe('zod said so');
    const unknown: FieldIssue = {
      field: 'pageSize',
      message: 'must be a power of two',
      rule: { source: 'validation', id: 'no.such.rule' },
    };
    expect(ruleText(unknown, t, has)).toBe('must be a power of two');
  });
});

describe('progress figures for words', () => {
  it('splits durations into the two largest units, rounding seconds up', () => {
    expect(durationParts(0.2)).toEqual({ unit: 's', s: 1 });
    expect(durationParts(185)).toEqual({ unit: 'ms', m: 3, s: 5 });
    expect(durationParts(7260)).toEqual({ unit: 'hm', h: 2, m: 1 });
  });

  it('compacts counts as the rate shows them', () => {
    expect([compactCount(850.4), compactCount(12_345), compactCount(1_234_567)]).toEqual([
      '850',
      '12.3k',
      '1.2M',
    ]);
  });
});
