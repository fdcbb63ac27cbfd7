// One version's verdict on one request, worded for people: the model's status plus the BUG text.
import type { VersionOutcome } from '../model';

/** Props of VersionStatus: one version's outcome for one request. */
export interface VersionStatusProps {
  readonly outcome: VersionOutcome;
}

const STATUS_TEXT: Readonly<Record<VersionOutcome['status'], string>> = {
  ok: 'completed',
  EIO: 'EIO (rejected)',
  EINVAL: 'EINVAL',
  BUG: 'kernel BUG',
  // An earlier BUG already took this kernel down, so the request never ran.
  'not-run': 'not run (kernel already crashed)',
};

/** The status word, and the BUG message when there is one. */
export function VersionStatus({ outcome }: VersionStatusProps) {
  return (
    <>
      <span className={`status status-${outcome.status}`}>{STATUS_TEXT[outcome.status]}</span>
      {outcome.bug && <code className="bug">{outcome.bug}</code>}
    </>
  );
}
