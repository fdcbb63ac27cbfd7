// Why a scenario could not run, one issue per line with the field path first, so the author can
// go straight to the offending field.
import { useTranslation } from 'react-i18next';
import { useIssueText } from '../i18n/issueText';
import type { ScenarioIssue } from '../model';

/** Props of ScenarioIssues: the file that failed and what is wrong with it. */
export interface ScenarioIssuesProps {
  readonly file: string;
  readonly issues: readonly ScenarioIssue[];
}

/** An alert listing validation issues as "path: message". */
export function ScenarioIssues({ file, issues }: ScenarioIssuesProps) {
  const { t } = useTranslation('editor');
  const issueText = useIssueText();
  return (
    <div className="issues" role="alert">
      <p className="issues-title">
        <code>{file}</code> {t('cannotSimulate')}
      </p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code>: {issueText(issue)}
          </li>
        ))}
      </ul>
    </div>
  );
}
