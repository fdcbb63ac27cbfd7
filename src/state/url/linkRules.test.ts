// Every link rule is reachable from a link, and its issue carries the rule that worded it, so the
// banner can word it in any language (src/i18n/issueText.test.ts checks the Chinese templates).
import { describe, expect, it } from 'vitest';
import { ruleMessage } from '../../model/scenario/rules';
import { templateTranslator } from '../../model/narration/message';
import { decodeLink } from './linkCodec';
import { LINK_RULES_EN } from './linkRules';
import { upgradeParams } from './migrations';
import { MAX_FRAGMENT_CHARS } from './params';
import { compressScenario } from './scenarioParam';

/** One link per rule that breaks it (the upgrade rules are reached through upgradeParams). */
const LINK_TRIGGERS: Readonly<Record<keyof typeof LINK_RULES_EN.link, string | null>> = {
  tooLong: `v=1&p=${'x'.repeat(MAX_FRAGMENT_CHARS)}`,
  noVersion: 'p=raid-stripe',
  version: 'v=one&p=raid-stripe',
  newer: 'v=99&p=raid-stripe',
  noUpgrade: null,
  repeated: 'v=1&p=raid-stripe&step=1&step=2',
  wholeNumber: 'v=1&p=raid-stripe&step=-1',
  oneOf: 'v=1&p=raid-stripe&focus=abc',
  speed: 'v=1&p=raid-stripe&speed=3',
  noPreset: 'v=1&p=no-such',
  both: 'v=1&p=raid-stripe&s=abc',
  noScenario: 'v=1&step=2',
  empty: 'v=1&s=',
  notBase64: 'v=1&s=garbage$$',
  tooLarge: null,
  truncated: `v=1&s=${compressScenario('{"version": 1}').slice(0, 4)}`,
  corrupt: null,
  notJson: `v=1&s=${compressScenario('not json')}`,
};

describe('link rules', () => {
  it.each(Object.entries(LINK_TRIGGERS).filter(([, link]) => link !== null))(
    'reports link.%s with its rule',
    (id, link) => {
      const decoded = decodeLink(link!);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) return;
      const issue = decoded.error.issues.find((i) => i.rule?.id === `link.${id}`);
      expect(issue, JSON.stringify(decoded.error.issues)).toBeDefined();
    },
  );

  it('words a missing upgrade as a rule too', () => {
    const r = upgradeParams(new Map(), 1, 2, {});
    expect(r).toEqual({
      ok: false,
      error: 'no upgrade from link version 1 (a bug: please report the link)',
    });
  });

  it('keeps the English of every rule as the banner has always shown it', () => {
    const english = templateTranslator(LINK_RULES_EN);
    expect(english('link.oneOf', { values: 'en, zh-Hans' })).toBe('must be one of en, zh-Hans');
    // The scenario rules' renderer does not know link rules: they are their own table.
    expect(() => ruleMessage({ id: 'link.empty' })).toThrow();
  });
});
