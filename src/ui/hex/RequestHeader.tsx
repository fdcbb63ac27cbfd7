// What request the hex view shows and how the focused version did on it, in one or two lines:
// the numbers are the dump's own counts, so they always match the highlighted bytes.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Simulation, VersionId } from '../../model';
import type { RequestDump } from '../../viz/hexdump';

/** Props of RequestHeader. */
export interface RequestHeaderProps {
  readonly sim: Simulation;
  readonly dump: RequestDump;
  readonly inProgress: boolean;
  readonly version: VersionId;
  readonly step: number;
}

/** Why the version's copy did not (fully) run for this request, once that is known at `step`. */
function statusNote(
  t: TFunction<'hex'>,
  sim: Simulation,
  dump: RequestDump,
  version: VersionId,
  done: boolean,
) {
  const req = sim.requests[dump.request]!;
  const outcome = req.versions[version];
  // A version that died earlier is known dead from the start; a BUG or EIO only once it happened.
  if (outcome.status === 'not-run') return t('request.notRun', { version });
  if (!done) return null;
  // The BUG text and the EIO reason are the model's (as in the trace): they stay English.
  if (outcome.status === 'BUG') return t('request.bug', { version, bug: outcome.bug ?? 'BUG' });
  if (outcome.status === 'EIO') return t('request.eio', { reason: req.reason ?? 'I/O error' });
  return null;
}

/** "Request 2 (op 2): READ of LBA 2–33 …" and the focused version's differing-byte count. */
export function RequestHeader({ sim, dump, inProgress, version, step }: RequestHeaderProps) {
  const req = sim.requests[dump.request]!;
  const sectors = dump.length / 512;
  const { t } = useTranslation('hex');
  const note = statusNote(t, sim, dump, version, !inProgress);
  return (
    <div className="hex-request">
      <p>
        <strong>{t('request.title', { request: req.index, op: req.op })}</strong>
        {t('request.read', {
          lba: sectors > 1 ? `${req.sector}–${req.sector + sectors - 1}` : req.sector,
          bytes: dump.length,
          bvecs: t('request.bvecs', { count: req.bvecs.length }),
        })}
        {inProgress
          ? t('request.inProgress', { step })
          : t('request.completed', { step: req.lastStep })}
      </p>
      <p className={dump.differingBytes > 0 ? 'hex-summary has-diff' : 'hex-summary'}>
        {t('request.differ', { version, count: dump.differingBytes })}
        {dump.pendingBytes > 0 ? t('request.pending', { count: dump.pendingBytes }) : ''}
        {t('request.end')}
      </p>
      {note && <p className="hex-status">{note}</p>}
    </div>
  );
}
