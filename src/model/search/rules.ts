// The rules a search space or search options can break, as data (the same pattern as the scenario
// validator's rules and the narration's messages): each issue keeps its English `message` — what
// the search CLI prints, unchanged — and carries `searchRule`, the rule's id and values, so the UI
// can word it in the interface language (namespace `search`, `rules.<id>`).
import { templateTranslator } from '../narration/message';
import type { ScenarioIssue } from '../scenario/validate';

/** The rule a search issue breaks: a key of SEARCH_RULES_EN and the values for its placeholders. */
export interface SearchRule {
  readonly id: SearchRuleId;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** English wording of every rule, by id (src/i18n/locales/en/search.json `rules` mirrors it). */
export const SEARCH_RULES_EN = {
  unknownKey: 'unknown key',
  required: 'is required',
  object: 'must be an object',
  number: 'must be a number',
  int: 'must be a whole number',
  atLeast: 'must be at least {{min}}',
  atMost: 'must be at most {{max}}',
  multipleOf512: 'must be a multiple of 512 (blkif moves 512-byte sectors)',
  contiguity: 'must be "none", "physical" or "machine"',
  granularityDividesPage: 'must divide kernel.pageSize ({{pageSize}}) so bio_vecs tile a page',
  wholeIn: 'must be a whole number from {{min}} to {{max}}',
  mode: 'must be "exhaustive" or "sample"',
  exhaustiveTooBig:
    '"exhaustive" allows at most {{max}} layouts to visit; this space has {{shapes}}: sample it instead',
  // The search form's own checks (src/state/searchForm.ts), before the engine sees the values.
  enterWhole: 'enter a whole number',
  wholeGot: 'must be a whole number (got "{{text}}")',
  onOff: 'must be on or off',
} as const;

/** A rule's id. */
export type SearchRuleId = keyof typeof SEARCH_RULES_EN;

const english = templateTranslator(SEARCH_RULES_EN);

/** A rule with its values. */
export const searchRule = (id: SearchRuleId, params?: SearchRule['params']): SearchRule =>
  params ? { id, params } : { id };

/** The rule in English: the issue's `message`. */
export const searchRuleMessage = (rule: SearchRule): string => english(rule.id, rule.params ?? {});

/**
 * An issue of a search space or its options: a scenario issue (path, English message; a kernel
 * what-if's issue comes from the scenario validator with its own `rule`) plus, for the search's
 * own rules, `searchRule`.
 */
export type SearchIssue = ScenarioIssue & { readonly searchRule?: SearchRule };

/** An issue at `path` breaking search rule `id`. */
export const searchIssue = (
  path: string,
  id: SearchRuleId,
  params?: SearchRule['params'],
): SearchIssue => {
  const rule = searchRule(id, params);
  return { path, message: searchRuleMessage(rule), searchRule: rule };
};
