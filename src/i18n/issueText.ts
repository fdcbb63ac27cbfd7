// Validation issues worded in the interface language: the model gives each issue the rule it
// breaks (src/model/scenario/rules.ts) besides its English message; the rule is worded here
// through i18next's `validation` namespace. An issue without a rule, or with one this language
// lacks, keeps its English message, so every issue says something.
import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioIssue } from '../model';
import { cjkSpacing } from './cjkSpacing';

/** What an issue says in `language` (the field path is shown beside it, never translated). */
export function issueText(i18n: I18n, issue: ScenarioIssue, language: string): string {
  const rule = issue.rule;
  if (!rule || !i18n.exists(rule.id, { ns: 'validation', lng: language })) return issue.message;
  const text = i18n.t(rule.id, { ns: 'validation', lng: language, ...rule.params });
  return language.startsWith('zh') ? cjkSpacing(text) : text;
}

/** Words issues in the current interface language (re-renders on a switch). */
export function useIssueText(): (issue: ScenarioIssue) => string {
  const { i18n } = useTranslation('validation');
  const language = i18n.language;
  return useCallback((issue: ScenarioIssue) => issueText(i18n, issue, language), [i18n, language]);
}
