// The rules a share link can break, as data (the same pattern as the scenario's rules in
// src/model/scenario/rules.ts): each link issue carries a rule id under `link.` and its values
// besides its English message, so the load-issues banner words it in the interface language.
// The English here is the source; src/i18n/locales/<lang>/validation.json mirrors it under "link".
import type { TemplateTable } from '../../model/narration/message';
import { rule, SchemaRules, type RuleParams } from '../../model/scenario/rules';
import type { ScenarioIssue } from '../../model';

/** English wording of the link rules (namespace `validation`, beside the scenario's rules). */
export const LINK_RULES_EN = {
  link: {
    tooLong: 'is longer than {{max}} characters',
    noVersion: 'is missing: links from this explorer start with #v=1',
    version: 'must be a link version such as 1',
    newer:
      'this link is from a newer version of the explorer (v={{from}}); this one reads up to v={{current}}',
    noUpgrade: 'no upgrade from link version {{from}} (a bug: please report the link)',
    repeated: 'is given more than once; it was ignored',
    wholeNumber: 'must be a whole number ≥ 0',
    oneOf: 'must be one of {{values}}',
    speed: 'must be one of {{values}} (steps per second)',
    noPreset: 'no preset named "{{name}}"',
    both: 'give either s (a scenario) or p (a preset), not both',
    noScenario: 'names no scenario: it needs s=… or p=…',
    empty: 'is empty',
    notBase64: 'not valid compressed data (characters outside base64url)',
    tooLarge: 'the scenario is larger than {{max}} characters once decompressed',
    truncated: 'not valid compressed data (cut short: was the link copied whole?)',
    corrupt: 'not valid compressed data',
    notJson: 'not valid JSON once decompressed',
  },
} as const satisfies TemplateTable;

/** The rule behind each English link message (zod keeps only the message of a failed check). */
export const LINK_RULES = new SchemaRules(LINK_RULES_EN);

/** The English message of link rule `id` (remembered, so linkIssue can recover the rule). */
export const linkText = (id: keyof typeof LINK_RULES_EN.link, params?: RuleParams): string =>
  LINK_RULES.text(`link.${id}`, params);

/** An issue at `path` with `message`, and the link rule that worded it, if one did. */
export function linkIssue(path: string, message: string): ScenarioIssue {
  const r = LINK_RULES.ruleOf(message);
  return r ? { path, message, rule: rule(r.id, r.params) } : { path, message };
}
