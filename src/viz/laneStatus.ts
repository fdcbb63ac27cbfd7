// The one-line status beside each completion lane: how far its copy loop got for this request,
// how many of its copies were misdirected, or why it is not copying at all (BUG, not run, WRITE).
// Each line is a message (key + values, as the narration's) so the UI words it in its language;
// `text` and `overlay` are the English, from LANE_STATUS_EN, for tests and anything without i18n.
import type { VersionId } from '../model';
import { msg, renderMessage, templateTranslator, type Message } from '../model/narration/message';
import type { RequestProgress } from './progress';

/**
 * English templates of the lane status lines (namespace `pipeline`, under `lane`; the other
 * languages mirror them in src/i18n/locales/<lang>/pipeline.json). BUG texts and statuses such as
 * EIO are the model's and stay as they are.
 */
export const LANE_STATUS_EN = {
  notRun: 'not run',
  notRunOverlay: 'not run: this kernel hit a BUG in an earlier request',
  bug: 'kernel BUG: it stops here',
  bugOverlay: 'BUG: {{bug}}',
  write: 'WRITE: the completion copies nothing back',
  waiting: 'waiting for the request',
  rejected: 'never reached the backend: nothing to copy',
  planned_one: '{{count}} copy to make',
  planned_other: '{{count}} copies to make',
  wrong_one: ' · ✗ {{count}} wrong copy',
  wrong_other: ' · ✗ {{count}} wrong copies',
  doneStatus: 'done: {{status}}{{wrong}}',
  doneCorrupt_one: 'done{{wrong}} · {{count}} corrupted byte',
  doneCorrupt_other: 'done{{wrong}} · {{count}} corrupted bytes',
  doneRight: 'done · ✓ every byte right',
  copying: 'copy {{done}} of {{planned}}{{wrong}}',
} as const;

/** A lane's status line; `overlay` is drawn over the lane's cells when the lane cannot run. */
export interface LaneStatus {
  readonly tone: 'neutral' | 'good' | 'bad' | 'bug' | 'muted';
  /** The line, as a message (keys relative to `lane.`) and in English. */
  readonly message: Message;
  readonly text: string;
  readonly overlayMessage: Message | null;
  readonly overlay: string | null;
}

const english = templateTranslator(LANE_STATUS_EN);

function status(tone: LaneStatus['tone'], message: Message, overlay: Message | null = null) {
  return {
    tone,
    message,
    text: renderMessage(message, english),
    overlayMessage: overlay,
    overlay: overlay && renderMessage(overlay, english),
  };
}

/** Status of version `v`'s lane for the request in `p`. */
export function laneStatus(p: RequestProgress, v: VersionId): LaneStatus {
  const lane = p.lanes[v];
  const outcome = p.record.versions[v];
  if (lane.notRun) return status('muted', msg('notRun'), msg('notRunOverlay'));
  // The message goes over the lane's cells; the label line stays short.
  if (lane.bug) return status('bug', msg('bug'), msg('bugOverlay', { bug: lane.bug }));
  if (p.record.kind === 'write') return status('muted', msg('write'));
  if (p.phase === 'queued' || !p.bvecsBuilt) return status('muted', msg('waiting'));
  if (p.failure && p.failure.kind === 'rejected') return status('muted', msg('rejected'));
  const planned = outcome.copies.length;
  const done = lane.copies.length;
  const wrongCount = lane.copies.filter((c) => c.misdirectedBytes > 0).length;
  if (done === 0 && !p.done) return status('neutral', msg('planned', { count: planned }));
  // An empty template stands for "no wrong copies", so every language renders it as nothing.
  const wrong = wrongCount > 0 ? msg('wrong', { count: wrongCount }) : '';
  if (p.done) {
    if (outcome.status !== 'ok')
      return status('bad', msg('doneStatus', { status: outcome.status, wrong }));
    return outcome.corruptBytes > 0 || wrongCount > 0
      ? status('bad', msg('doneCorrupt', { wrong, count: outcome.corruptBytes }))
      : status('good', msg('doneRight'));
  }
  return status(wrongCount > 0 ? 'bad' : 'neutral', msg('copying', { done, planned, wrong }));
}
