// Predict-then-reveal questions (issue #4, item 10): one per completion-copy step where the focused
// version's loop makes a memcpy. The student predicts the source: which grant page, named as the
// pipeline names it (grants_used[i], the segment slot, with its pool id "gref g"), and which byte
// offset in it. Distractors are the places a reader could believe in: where the data really is
// (what the scatterlist walk uses), what the other versions' guesses are, neighbouring slots, and
// for the offset the loop's running byte count, the scatterlist entry's offset, and page start.
import type { RequestRecord, Simulation, VersionId } from '../../model';
import { requestLayout, type RequestLayout } from '../../model/stages/requestLayout';
import type { LaneIteration, Step } from '../../model/trace';
import { VERSION_IDS } from '../../model/versions';

/** Most choices offered per part of a question. */
export const MAX_CHOICES = 4;

/** A grant page a student may pick: its grants_used[] slot and how it is labelled. */
export interface GrantChoice {
  readonly slot: number;
  readonly label: string;
}

/** Where the focused version's memcpy reads from. */
export interface QuizAnswer {
  /** Index into grants_used[] (the segment slot, as the pipeline labels grant pages). */
  readonly slot: number;
  /** Pool id of that grant page ("gref" in the pipeline). */
  readonly grant: number;
  readonly srcOffset: number;
}

/** One question: the copy step it precedes, what it copies into, the answer and the choices. */
export interface QuizQuestion {
  readonly step: number;
  readonly version: VersionId;
  readonly request: number;
  readonly iteration: number;
  /** What the copy fills, e.g. "bio_vec 1 (P2, 0, 512)" or "scatterlist entry 1 (P2, 0, 512)". */
  readonly target: string;
  /** The same target as parts, for the interface language: a bio_vec or an sg entry, and where. */
  readonly targetParts: {
    readonly kind: 'bvec' | 'entry';
    readonly index: number;
    readonly extent: string;
  };
  readonly length: number;
  readonly answer: QuizAnswer;
  /** Grant choices in slot order (so the order gives nothing away), the answer among them. */
  readonly grantChoices: readonly GrantChoice[];
  /** Offset choices ascending, the answer among them. */
  readonly offsetChoices: readonly number[];
}

/** How a pick compares with the answer. */
export interface Grade {
  readonly grantRight: boolean;
  readonly offsetRight: boolean;
  readonly correct: boolean;
}

type CopyLane = Extract<LaneIteration, { kind: 'copy' }>;
type CopyStep = Extract<Step, { type: 'completion-copy' }>;

/** The pipeline's name for a grants_used[] slot: "grants_used[1] · gref 1". */
function slotLabel(rec: RequestRecord, slot: number, staleGrant: number | null): string {
  const gref = rec.grants[slot];
  if (gref !== undefined) return `grants_used[${slot}] · gref ${gref}`;
  // Past nr_segments: the slot still points wherever an earlier request left it.
  return staleGrant === null
    ? `grants_used[${slot}] · past nr_segments`
    : `grants_used[${slot}] · stale slot, gref ${staleGrant}`;
}

/** First `max` distinct values of `xs` that pass `keep`, in order. */
function firstDistinct(xs: readonly number[], keep: (x: number) => boolean, max: number) {
  const out: number[] = [];
  for (const x of xs) if (keep(x) && !out.includes(x) && out.length < max) out.push(x);
  return out;
}

type Layouts = (rec: RequestRecord) => RequestLayout;

function questionFor(
  sim: Simulation,
  step: CopyStep,
  focus: VersionId,
  layoutOf: Layouts,
): QuizQuestion | null {
  const lane = step.lanes[focus];
  const rec = sim.requests[step.request];
  if (lane.kind !== 'copy' || !rec) return null;
  const { copy } = lane;
  const pageSize = sim.scenario.kernel.pageSize;
  const layout = layoutOf(rec);
  // Where the first byte this memcpy writes really is: the scatterlist walk's answer.
  const first =
    copy.bvec !== null ? layout.bvecStart[copy.bvec]! : layout.segStart[copy.iteration]!;
  const rightSlot = layout.segOf[first]!;
  const others = VERSION_IDS.map((v) => step.lanes[v]).filter(
    (it): it is CopyLane => it.kind === 'copy',
  );
  const nrSegments = rec.segments.length;
  const guesses = [copy.grantIndex, rightSlot, ...others.map((it) => it.copy.grantIndex)];
  const near = [copy.grantIndex + 1, copy.grantIndex - 1, copy.grantIndex + 2, 0];
  // Any version's real guess may lie past nr_segments (a stale slot); a made-up one may not.
  const inside = (s: number) => s >= 0 && (s < nrSegments || guesses.includes(s));
  const slots = firstDistinct([...guesses, ...near], inside, MAX_CHOICES);
  // A one-segment request has no neighbours: one past nr_segments is the tempting overrun.
  if (slots.length < 3 && !slots.includes(nrSegments)) slots.push(nrSegments);
  const staleGrantOf = (slot: number) =>
    [lane, ...others].find((it) => it.copy.grantIndex === slot && it.staleSlot)?.grant ?? null;
  const vars = copy.vars;
  const offsets = firstDistinct(
    [
      copy.srcOffset,
      layout.srcOffsetOf[first]!,
      vars.offset === null ? -1 : vars.offset % pageSize,
      rec.sg[rightSlot]?.offset ?? -1,
      0,
      copy.srcOffset + copy.length,
      copy.srcOffset - copy.length,
      pageSize - copy.length,
    ],
    // Only offsets a memcpy of this length could use: sector-aligned and inside the page.
    (o) => o >= 0 && o % 512 === 0 && o + copy.length <= pageSize,
    MAX_CHOICES,
  );
  const into = copy.bvec !== null ? rec.bvecs[copy.bvec]! : rec.sg[copy.iteration]!;
  const what = copy.bvec !== null ? `bio_vec ${copy.bvec}` : `scatterlist entry ${copy.iteration}`;
  return {
    step: step.index,
    version: focus,
    request: step.request,
    iteration: copy.iteration,
    target: `${what} (P${into.page}, ${into.offset}, ${into.length})`,
    targetParts: {
      kind: copy.bvec !== null ? 'bvec' : 'entry',
      index: copy.bvec ?? copy.iteration,
      extent: `(P${into.page}, ${into.offset}, ${into.length})`,
    },
    length: copy.length,
    answer: { slot: copy.grantIndex, grant: lane.grant, srcOffset: copy.srcOffset },
    grantChoices: slots
      .sort((a, b) => a - b)
      .map((slot) => ({ slot, label: slotLabel(rec, slot, staleGrantOf(slot)) })),
    offsetChoices: offsets.sort((a, b) => a - b),
  };
}

/** The questions for the focused version, in step order. */
export function quizQuestions(sim: Simulation, focus: VersionId): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  // One layout per request, not per copy: a 256-segment request has 256 copies.
  const layouts = new Map<RequestRecord, RequestLayout>();
  const layoutOf: Layouts = (rec) => {
    let layout = layouts.get(rec);
    if (!layout) layouts.set(rec, (layout = requestLayout(rec.bvecs, rec.sg)));
    return layout;
  };
  for (const step of sim.steps) {
    if (step.type !== 'completion-copy') continue;
    const q = questionFor(sim, step, focus, layoutOf);
    if (q) out.push(q);
  }
  return out;
}

/** Grades a pick of grants_used[] slot and source offset. */
export function grade(q: QuizQuestion, slot: number, srcOffset: number): Grade {
  const grantRight = slot === q.answer.slot;
  const offsetRight = srcOffset === q.answer.srcOffset;
  return { grantRight, offsetRight, correct: grantRight && offsetRight };
}

/** "grants_used[1] · gref 1 at offset 0": a source in the words of the choices. */
export function sourceText(q: QuizQuestion, slot: number, srcOffset: number): string {
  const label = q.grantChoices.find((c) => c.slot === slot)?.label ?? `grants_used[${slot}]`;
  return `${label}, offset ${srcOffset}`;
}

/** A fingerprint of a question set: equal sets keep their score across scenario edits. */
export const questionsKey = (questions: readonly QuizQuestion[]): string =>
  questions
    .map((q) => `${q.version}@${q.step}:${q.answer.slot}/${q.answer.srcOffset}/${q.target}`)
    .join('|');
