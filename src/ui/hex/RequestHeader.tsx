// What request the hex view shows and how the focused version did on it, in one or two lines:
// the numbers are the dump's own counts, so they always match the highlighted bytes.
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
function statusNote(sim: Simulation, dump: RequestDump, version: VersionId, done: boolean) {
  const req = sim.requests[dump.request]!;
  const outcome = req.versions[version];
  // A version that died earlier is known dead from the start; a BUG or EIO only once it happened.
  if (outcome.status === 'not-run')
    return `${version}'s kernel hit a BUG earlier: it never ran this request.`;
  if (!done) return null;
  if (outcome.status === 'BUG') return `${version} hit a kernel BUG here: ${outcome.bug ?? 'BUG'}.`;
  if (outcome.status === 'EIO')
    return `The request failed with EIO (${req.reason ?? 'I/O error'}).`;
  return null;
}

/** "Request 2 (op 2): READ of LBA 2–33 …" and the focused version's differing-byte count. */
export function RequestHeader({ sim, dump, inProgress, version, step }: RequestHeaderProps) {
  const req = sim.requests[dump.request]!;
  const sectors = dump.length / 512;
  const note = statusNote(sim, dump, version, !inProgress);
  return (
    <div className="hex-request">
      <p>
        <strong>
          Request {req.index} (op {req.op})
        </strong>
        : READ of LBA {req.sector}
        {sectors > 1 ? `–${req.sector + sectors - 1}` : ''}, {dump.length} bytes in{' '}
        {req.bvecs.length} bio_vec{req.bvecs.length === 1 ? '' : 's'}.{' '}
        {inProgress ? `In progress at step ${step}.` : `Completed at step ${req.lastStep}.`}
      </p>
      <p className={dump.differingBytes > 0 ? 'hex-summary has-diff' : 'hex-summary'}>
        {version}: {dump.differingBytes} byte{dump.differingBytes === 1 ? '' : 's'} differ from the
        disk
        {dump.pendingBytes > 0 ? `; ${dump.pendingBytes} not copied yet` : ''}.
      </p>
      {note && <p className="hex-status">{note}</p>}
    </div>
  );
}
