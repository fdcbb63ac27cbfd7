// The one-line status beside each completion lane: how far its copy loop got for this request,
// how many of its copies were misdirected, or why it is not copying at all (BUG, not run, WRITE).
import type { VersionId } from '../model';
import type { RequestProgress } from './progress';

/** A lane's status line; `overlay` is drawn over the lane's cells when the lane cannot run. */
export interface LaneStatus {
  readonly tone: 'neutral' | 'good' | 'bad' | 'bug' | 'muted';
  readonly text: string;
  readonly overlay: string | null;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Status of version `v`'s lane for the request in `p`. */
export function laneStatus(p: RequestProgress, v: VersionId): LaneStatus {
  const lane = p.lanes[v];
  const outcome = p.record.versions[v];
  if (lane.notRun)
    return {
      tone: 'muted',
      text: 'not run',
      overlay: 'not run: this kernel hit a BUG in an earlier request',
    };
  // The message goes over the lane's cells; the label line stays short.
  if (lane.bug)
    return { tone: 'bug', text: 'kernel BUG: it stops here', overlay: `BUG: ${lane.bug}` };
  if (p.record.kind === 'write')
    return { tone: 'muted', text: 'WRITE: the completion copies nothing back', overlay: null };
  if (p.phase === 'queued' || !p.bvecsBuilt)
    return { tone: 'muted', text: 'waiting for the request', overlay: null };
  if (p.failure && p.failure.kind === 'rejected')
    return { tone: 'muted', text: 'never reached the backend: nothing to copy', overlay: null };
  const planned = outcome.copies.length;
  const done = lane.copies.length;
  const wrong = lane.copies.filter((c) => c.misdirectedBytes > 0).length;
  if (done === 0 && !p.done)
    return { tone: 'neutral', text: `${planned} copies to make`, overlay: null };
  const wrongText = wrong > 0 ? ` · ✗ ${count(wrong, 'wrong copy', 'wrong copies')}` : '';
  if (p.done) {
    if (outcome.status !== 'ok')
      return { tone: 'bad', text: `done: ${outcome.status}${wrongText}`, overlay: null };
    return outcome.corruptBytes > 0 || wrong > 0
      ? {
          tone: 'bad',
          text: `done${wrongText} · ${count(outcome.corruptBytes, 'corrupted byte', 'corrupted bytes')}`,
          overlay: null,
        }
      : { tone: 'good', text: 'done · ✓ every byte right', overlay: null };
  }
  return {
    tone: wrong > 0 ? 'bad' : 'neutral',
    text: `copy ${done} of ${planned}${wrongText}`,
    overlay: null,
  };
}
