// Why the scenario the user just tried did not load: a dismissible alert naming each field and
// rule. The previous scenario stays on screen underneath, so nothing the user had is lost.
import { useTranslation } from 'react-i18next';
import { useIssueText } from '../i18n/issueText';
import { useExplorer, useExplorerStore } from '../state/StoreContext';

/** The load-issues alert (renders nothing when the last load succeeded). */
export function LoadIssuesBanner() {
  const issues = useExplorer((s) => s.loadIssues);
  const store = useExplorerStore();
  const { t } = useTranslation();
  const issueText = useIssueText();
  if (!issues || issues.length === 0) return null;
  return (
    <div className="load-issues" role="alert">
      <p>
        <strong>{t('loadIssues.title')}</strong>
        {t('loadIssues.rest')}
      </p>
      <ul>
        {issues.map((i, n) => (
          <li key={n}>
            <code>{i.path}</code>: {issueText(i)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => store.getState().dismissLoadIssues()}>
        {t('loadIssues.dismiss')}
      </button>
    </div>
  );
}
