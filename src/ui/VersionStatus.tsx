// One version's verdict on one request, worded for people: the model's status plus the BUG text.
import { useTranslation } from 'react-i18next';
import type { VersionOutcome } from '../model';

/** Props of VersionStatus: one version's outcome for one request. */
export interface VersionStatusProps {
  readonly outcome: VersionOutcome;
}

/** The status word, and the BUG message when there is one. */
export function VersionStatus({ outcome }: VersionStatusProps) {
  // "not run": an earlier BUG already took this kernel down, so the request never ran.
  const { t } = useTranslation();
  return (
    <>
      <span className={`status status-${outcome.status}`}>
        {t(`requests.statuses.${outcome.status}`)}
      </span>
      {outcome.bug && <code className="bug">{outcome.bug}</code>}
    </>
  );
}
