// Every issue of the draft in one list, path first (as the CLI prints them). Issues with a field
// in the form offer to go there (opening its op); keys the format does not know, which no field
// can show, offer to remove them.
import { useId } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useIssueText } from '../../i18n/issueText';
import { useDraft, useDraftStore } from './EditorContext';
import { fieldId, isEditorField, opIndexOf } from './issuePaths';
import { parsePath } from './jsonTree';

/** Props of IssueSummary. */
export interface IssueSummaryProps {
  /** The editor's field id prefix, to find the field an issue belongs to. */
  readonly idPrefix: string;
}

/** The list of the draft's issues (nothing when it is valid). */
export function IssueSummary({ idPrefix }: IssueSummaryProps) {
  const { t } = useTranslation('editor');
  const issueText = useIssueText();
  const store = useDraftStore();
  const issues = useDraft((s) => s.issues);
  const headingId = useId();
  if (issues.length === 0) return null;
  const goTo = (path: string) => {
    const op = opIndexOf(path);
    // Render the op's form first, so the field exists to take focus.
    if (op !== null) flushSync(() => store.getState().selectOp(op));
    const el = document.getElementById(fieldId(idPrefix, path));
    el?.focus();
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  return (
    <section className="sed-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('summary.heading')}</h3>
      <ul>
        {issues.map((issue, i) => {
          const path = parsePath(issue.path);
          return (
            <li key={i}>
              <code>{issue.path}</code>: {issueText(issue)}
              {isEditorField(issue.path) ? (
                <button
                  type="button"
                  className="sed-link"
                  aria-label={t('summary.goToLabel', { path: issue.path })}
                  onClick={() => goTo(issue.path)}
                >
                  {t('summary.goTo')}
                </button>
              ) : issue.rule?.id === 'unknownKey' && path ? (
                <button
                  type="button"
                  className="sed-link"
                  aria-label={t('summary.removeKeyLabel', { path: issue.path })}
                  onClick={() => store.getState().set(path, undefined)}
                >
                  {t('summary.removeKey')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
