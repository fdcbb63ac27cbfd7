// Which listing the code pane shows at a step and which line it marks. Steps that execute no
// listed line (a syscall starting, a request finishing) keep the listing the reader was just in,
// so the pane does not jump away and back.
import type { Simulation, VersionId } from '../../model';
import {
  codeLineFor,
  completionListingId,
  LISTINGS,
  type Listing,
  type ListingId,
} from '../../model/listings';

/** What the code pane shows. */
export interface PaneView {
  readonly listing: Listing;
  /** Id of the line executing, or null when no line of this listing runs at this step. */
  readonly line: string | null;
  /** Lines that decided the current one (a failed merge test, the grant choice). */
  readonly also: readonly string[];
  /** Why nothing is marked, when nothing is (English), and its id for other languages. */
  readonly note: string | null;
  readonly noteId: PaneNoteId | null;
}

/** Why no line is marked: keys of the code pane's notes (namespace `code`, under `notes`). */
export type PaneNoteId = 'bugEarlier' | 'requestDone' | 'opDone' | 'processFill' | 'syscallStarts';

/** The code pane's listing, current line and note at step `stepIndex` for version `focus`. */
export function paneView(sim: Simulation, stepIndex: number, focus: VersionId): PaneView {
  const step = sim.steps[stepIndex];
  const at = step ? codeLineFor(step, focus) : null;
  if (at)
    return {
      listing: LISTINGS[at.listing],
      line: at.line,
      also: at.also,
      note: null,
      noteId: null,
    };
  // op-done comes after the request cursor is cleared: use the op's last request.
  const last =
    step?.type === 'op-done' ? sim.ops[step.op]?.requests.at(-1) : (step?.after.request ?? null);
  const rec = last === null || last === undefined ? undefined : sim.requests[last];
  const finished = step?.type === 'request-done' || step?.type === 'op-done';
  const id: ListingId =
    step?.type === 'completion-copy' || (finished && rec?.kind === 'read')
      ? completionListingId(focus)
      : 'queue';
  const NOTE_IDS: Partial<Record<string, PaneNoteId>> = {
    'completion-copy': 'bugEarlier',
    'request-done': 'requestDone',
    'op-done': 'opDone',
    'process-fill': 'processFill',
  };
  const NOTES: Record<PaneNoteId, string> = {
    bugEarlier: `${focus}'s kernel hit a BUG earlier: this loop no longer runs.`,
    requestDone: 'The request has completed; no line of blkfront runs at this step.',
    opDone: 'The syscall returns to the process.',
    processFill: 'The process fills its buffer; blkfront has not been called yet.',
    syscallStarts: 'The syscall starts; blkfront has not been called yet.',
  };
  const noteId = NOTE_IDS[step?.type ?? ''] ?? 'syscallStarts';
  return { listing: LISTINGS[id], line: null, also: [], note: NOTES[noteId], noteId };
}
