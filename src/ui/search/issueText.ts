// A search-form issue in the interface language: "<field label>: <rule>". The rule is worded from
// the issue's rule id when the page has words for it (the search engine's own rules in the
// `search` namespace, the kernel what-ifs' rules in the scenario validator's `validation`
// namespace); otherwise the engine's English message is shown as it is, so no issue goes unsaid.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../state/searchForm';

/** Where a rule's words live: the namespace and the key in it. */
function ruleKey(rule: NonNullable<FieldIssue['rule']>): { ns: string; key: string } {
  return rule.source === 'search'
    ? { ns: 'search', key: `rules.${rule.id}` }
    : { ns: 'validation', key: rule.id };
}

/** The issue's rule in the language `t` speaks, or its English message when none is known. */
export function ruleText(
  issue: FieldIssue,
  t: TFunction<'search'>,
  has: (key: string, ns: string) => boolean,
): string {
  if (!issue.rule) return issue.message;
  const { ns, key } = ruleKey(issue.rule);
  return has(key, ns) ? t(key, { ns, ...issue.rule.params }) : issue.message;
}

/** Words an issue, naming its field (cross-field issues are just the rule). */
export function useIssueText(): (issue: FieldIssue) => string {
  const { t, i18n } = useTranslation('search');
  return useCallback(
    (issue: FieldIssue) => {
      const message = ruleText(issue, t, (key, ns) => i18n.exists(key, { ns }));
      return issue.field ? t('issue', { label: t(`fields.${issue.field}`), message }) : message;
    },
    [t, i18n],
  );
}
