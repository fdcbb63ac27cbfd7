import { describe, expect, it } from 'vitest';
import { RULE_TRIGGERS } from '../../../test/support/ruleTriggers';
import type { TemplateTable } from '../narration/message';
import { ruleMessage, VALIDATION_EN } from './rules';
import { parseScenario } from './validate';

/** Every rule id of a template table, as dotted paths. */
function ruleIds(table: TemplateTable, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : ruleIds(value, `${prefix}${key}.`),
  );
}

describe('validation rules', () => {
  it('has one trigger per rule, and no trigger for a rule that does not exist', () => {
    expect(RULE_TRIGGERS.map((t) => t.id).sort()).toEqual(ruleIds(VALIDATION_EN).sort());
  });

  it.each(RULE_TRIGGERS.filter((t) => t.input !== null))(
    'reports $id at $path, its message worded from the rule',
    ({ id, path, input }) => {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const issue = result.error.find((i) => i.path === path && i.rule?.id === id);
      expect(issue, JSON.stringify(result.error)).toBeDefined();
      // Every issue of a broken rule can be worded by the UI: none falls back to zod's English.
      for (const i of result.error) expect(i.rule, i.message).toBeDefined();
      expect(issue?.message).toBe(ruleMessage(issue!.rule!));
    },
  );

  it('keeps the English wording the CLI has always printed', () => {
    // Spot checks against messages written out by hand (the golden files hold more of them).
    expect(ruleMessage({ id: 'atMost', params: { max: 256 } })).toBe('must be at most 256');
    expect(ruleMessage({ id: 'bvecs.overlap', params: { other: 0, page: 1 } })).toBe(
      'overlaps bvecs[0] on page 1: one bio never moves two sectors through the same bytes',
    );
    // pageSize is at least 4096 and sectorSize at most 4096, so no input reaches this rule today;
    // it guards the limits should either change.
    expect(ruleMessage({ id: 'kernel.sectorSizeAbovePage' })).toBe(
      'must not exceed kernel.pageSize',
    );
  });

  it('throws on an unknown rule id or a missing value (a model bug, caught here)', () => {
    expect(() => ruleMessage({ id: 'nope' })).toThrow();
    expect(() => ruleMessage({ id: 'atMost' })).toThrow();
  });
});
