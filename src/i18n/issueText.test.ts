// Validation issues in both languages: every rule the validator can emit (driven by one breaking
// input per rule, test/support/ruleTriggers.ts) has an English and a Chinese template; the English
// worded through i18next is exactly the model's message (what the CLI prints); the Chinese fills
// every placeholder; and an issue without a rule keeps its English message.
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_TRIGGERS } from '../../test/support/ruleTriggers';
import { parseScenario, type ScenarioIssue } from '../model';
import { ruleMessage } from '../model/scenario/rules';
import { issueText } from './issueText';
import { i18n, initI18n } from './setup';

const HAN = /[\u4e00-\u9fff]/;

/** The issue each trigger produces for its rule (or, for an unreachable rule, one made by hand). */
function issueOf(trigger: (typeof RULE_TRIGGERS)[number]): ScenarioIssue {
  if (trigger.input === null) {
    const rule = { id: trigger.id };
    return { path: trigger.path, message: ruleMessage(rule), rule };
  }
  const result = parseScenario(trigger.input);
  if (result.ok) throw new Error(`${trigger.id}: the input is valid`);
  const issue = result.error.find((i) => i.rule?.id === trigger.id);
  if (!issue) throw new Error(`${trigger.id}: not reported (${JSON.stringify(result.error)})`);
  return issue;
}

beforeAll(async () => {
  await initI18n('zh-Hans');
});

describe('validation issues', () => {
  it.each(RULE_TRIGGERS)('$id: has an English and a Chinese template', (trigger) => {
    const issue = issueOf(trigger);
    expect(i18n.exists(trigger.id, { ns: 'validation', lng: 'en' })).toBe(true);
    expect(i18n.exists(trigger.id, { ns: 'validation', lng: 'zh-Hans' })).toBe(true);
    expect(issueText(i18n, issue, 'en')).toBe(issue.message);
    const zh = issueText(i18n, issue, 'zh-Hans');
    expect(zh).toMatch(HAN);
    expect(zh).not.toMatch(/\{\{|\}\}/);
    // The values the English names (limits, sizes, indices) are named in Chinese too.
    for (const value of Object.values(issue.rule?.params ?? {}))
      if (trigger.id !== 'json') expect(zh).toContain(String(value));
  });

  it('words a real issue in Chinese, numbers and identifiers kept', () => {
    const issue = issueOf(RULE_TRIGGERS.find((t) => t.id === 'bvecs.overlap')!);
    expect(issueText(i18n, issue, 'zh-Hans')).toBe(
      '与页 1 上的 bvecs[0] 重叠：一个 bio 不会让两个扇区经过同一段字节',
    );
    const max = issueOf(RULE_TRIGGERS.find((t) => t.id === 'atMost')!);
    expect(issueText(i18n, max, 'zh-Hans')).toBe('不能大于 256');
  });

  it('keeps the English message of an issue without a rule or with an unknown one', () => {
    const plain = { path: 's', message: 'is empty' };
    expect(issueText(i18n, plain, 'zh-Hans')).toBe('is empty');
    const unknown = { path: 'x', message: 'some new rule', rule: { id: 'no.such.rule' } };
    expect(issueText(i18n, unknown, 'zh-Hans')).toBe('some new rule');
  });
});
