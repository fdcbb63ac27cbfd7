// Narration of one completion-copy iteration: how the focused version chose its grant, what the
// grant bytes it copies hold (this request's data, stale bytes an earlier request left, or a fresh
// page's uninitialised memory), whether that is right, and what the other versions did instead.
import { grantCellState } from '../cellState';
import type { RequestRecord, Simulation } from '../simulate';
import { requestLayout, type RequestLayout } from '../stages/requestLayout';
import type { LaneIteration } from '../trace';
import { CELL_BYTES } from '../units';
import { VERSION_IDS, type VersionId } from '../versions';
import {
  andList,
  bytes,
  entries,
  grantName,
  plural,
  sectorsText,
  triple,
  type CopyLane,
  type StepOf,
} from './format';

/** Right / wrong / bug / idle: what a lane's iteration amounts to. */
const verdictOf = (it: LaneIteration) =>
  it.kind === 'copy' ? (it.misdirectedBytes > 0 ? 'wrong' : 'right') : it.kind;

/** How a version chose its grant for this copy, ending with the memcpy it makes. */
function copyDecision(v: VersionId, it: CopyLane, rec: RequestRecord, pageShift: number): string {
  const c = it.copy;
  const vars = c.vars;
  const from = `${grantName(c.grantIndex, it.grant)} at offset ${c.srcOffset}`;
  const memcpy = `copies ${c.length} bytes from ${from}`;
  if (v === 'b7649158') {
    const e = rec.sg[c.iteration]!;
    return `Scatterlist entry ${c.iteration} ${triple(e)} is segment ${c.iteration}, and segment i's data is in grants_used[i], so b7649158 ${memcpy} into the same offset of P${e.page}`;
  }
  const bv = rec.bvecs[c.bvec!]!;
  const head = `bio_vec ${c.bvec} ${triple(bv)}`;
  const offset = vars.offset ?? 0;
  if (v === '0a8704a51') {
    // "but" when the byte count and the page offset disagree: that mismatch is the bug.
    const pageSize = 1 << pageShift;
    const link = bv.offset !== offset % pageSize ? 'but' : 'and';
    return `${head} starts at page offset ${bv.offset} ${link} the running byte count is ${offset}, so 0a8704a51 computes i = ${offset} >> ${pageShift} = ${vars.i} and ${memcpy}`;
  }
  if (c.iteration === 0)
    return `${head} is the first, so d62f69185 starts with i = 0 and ${memcpy}`;
  if (bv.offset < offset) {
    return `${head} starts at page offset ${bv.offset}, below where the previous bio_vec ended (${offset}), so d62f69185 takes it for a new grant: i++ makes i = ${vars.i}, and it ${memcpy}`;
  }
  return `${head} starts at page offset ${bv.offset}, not below where the previous bio_vec ended (${offset}), so d62f69185 assumes the same grant continues: i stays ${vars.i}, and it ${memcpy}`;
}

/** What a run of 512-byte grant cells holds, as a noun phrase after "are". */
interface Run {
  readonly from: number;
  cells: number;
  /** Groups cells into one run: same origin, consecutive sectors. */
  readonly key: string;
  /** First disk sector the run came from (null: not from a disk read). */
  readonly sector: number | null;
  readonly mine: boolean;
  readonly text: (cells: number) => string;
}

function cellRun(
  sim: Simulation,
  rec: RequestRecord,
  layout: RequestLayout,
  v: VersionId,
  grant: number,
  cell: number,
  at: number,
): Run {
  const from = cell * CELL_BYTES;
  const s = grantCellState(sim, v, grant, cell, at);
  if (s.kind === 'uninit') {
    const text = () => 'uninitialised (a fresh page)';
    return { from, cells: 1, key: 'uninit', sector: null, mine: false, text };
  }
  const w = sim.steps[s.step];
  const sector =
    w?.type === 'backend-transfer' && w.direction === 'disk-to-grant'
      ? w.sector + (from - w.grantOffset) / CELL_BYTES
      : null;
  if (s.kind === 'data' && sector !== null) {
    // This request's own data, in the wrong place for this copy: say whose it is.
    const bvec = layout.bvecOf[sector - rec.sector];
    const text = (n: number) => `this request's ${sectorsText(sector, n)} (bio_vec ${bvec}'s data)`;
    return { from, cells: 1, key: `data-${bvec}`, sector, mine: true, text };
  }
  if (s.kind !== 'stale') {
    const text = () => `this request's data`;
    return { from, cells: 1, key: s.kind, sector: null, mine: true, text };
  }
  const text = (n: number) =>
    sector === null
      ? `stale (left by request ${s.request})`
      : `stale (${sectorsText(sector, n)}, read by request ${s.request})`;
  return { from, cells: 1, key: `stale-${s.request}`, sector, mine: false, text };
}

/** The source range of a copy as runs of cells with the same origin. */
function sourceRuns(sim: Simulation, rec: RequestRecord, v: VersionId, it: CopyLane, at: number) {
  const layout = requestLayout(rec.bvecs, rec.sg);
  const runs: Run[] = [];
  for (let k = 0; k < it.copy.length / CELL_BYTES; k++) {
    const run = cellRun(sim, rec, layout, v, it.grant, it.copy.srcOffset / CELL_BYTES + k, at);
    const last = runs[runs.length - 1];
    const continues =
      last?.key === run.key &&
      (run.sector === null || (last.sector !== null && run.sector === last.sector + last.cells));
    if (last && continues) last.cells++;
    else runs.push(run);
  }
  return runs;
}

/** "bytes 0–511 there are uninitialised (a fresh page), 512–2047 stale (…), …" */
function runsText(runs: readonly Run[], place: string): string {
  const MAX_RUNS = 3;
  const parts = runs.slice(0, MAX_RUNS).map((r, n) => {
    const span = bytes(r.from, r.cells * CELL_BYTES);
    return n === 0 ? `bytes ${span} ${place} are ${r.text(r.cells)}` : `${span} ${r.text(r.cells)}`;
  });
  return parts.join(', ') + (runs.length > MAX_RUNS ? ', and so on' : '');
}

/** Where this request's data sits in `grant` (the ring segments that use it). */
function requestDataIn(rec: RequestRecord, grant: number): string | null {
  const spans = rec.segments
    .filter((s) => s.gref === grant)
    .map((s) => bytes(s.firstSect * 512, (s.lastSect - s.firstSect + 1) * 512));
  return spans.length ? andList(spans) : null;
}

/** The right source of a copy's first byte, and the disk sectors the copy should deliver. */
function rightSource(rec: RequestRecord, it: CopyLane) {
  const layout = requestLayout(rec.bvecs, rec.sg);
  const c = it.copy;
  const r = c.bvec !== null ? layout.bvecStart[c.bvec]! : layout.segStart[c.iteration]!;
  const seg = layout.segOf[r]!;
  return {
    seg,
    grant: rec.grants[seg]!,
    offset: layout.srcOffsetOf[r]!,
    sectors: sectorsText(rec.sector + r, c.length / CELL_BYTES),
  };
}

function copyVerdict(
  sim: Simulation,
  v: VersionId,
  it: CopyLane,
  rec: RequestRecord,
  at: number,
): string {
  const right = rightSource(rec, it);
  if (it.misdirectedBytes === 0) {
    return `That is exactly where the backend put ${right.sectors}, so these bytes are right.`;
  }
  const runs = sourceRuns(sim, rec, v, it, at);
  const g = `grant ${it.grant}`;
  const held = requestDataIn(rec, it.grant);
  const where = it.staleSlot
    ? `grants_used[${it.copy.grantIndex}] is past this request's ${plural(rec.segments.length, 'segment')}: a slot an earlier request left pointing at ${g}; `
    : runs.every((r) => r.mine)
      ? ''
      : held
        ? `${g} holds this request's data only at bytes ${held}; `
        : `${g} holds none of this request's data; `;
  const target = it.copy.bvec !== null ? `bio_vec ${it.copy.bvec}` : `entry ${it.copy.iteration}`;
  return `Wrong: ${where}${runsText(runs, where ? 'there' : `of ${g}`)}. The data ${target} needs (${right.sectors}) is in grant ${right.grant} at offset ${right.offset}.`;
}

function laneStory(
  sim: Simulation,
  step: StepOf<'completion-copy'>,
  rec: RequestRecord,
  v: VersionId,
): string {
  const it = step.lanes[v];
  const shift = Math.log2(sim.scenario.kernel.pageSize);
  switch (it.kind) {
    case 'copy':
      return `${copyDecision(v, it, rec, shift)}. ${copyVerdict(sim, v, it, rec, step.index)}`;
    case 'bug': {
      const x = it.vars;
      if (it.message.startsWith('BUG_ON(i >= nr_segments)')) {
        return `bio_vec ${step.iteration} starts at page offset ${x.bv_offset}, below where the previous one ended (${x.offset}), so d62f69185 moves to i = ${x.i}, but the request has only ${plural(x.nr_segments, 'segment')}: BUG_ON(i >= nr_segments) fires and the kernel oopses (one scatterlist entry spans two pages here, which the d62f69185 guess cannot follow).`;
      }
      if (it.message.startsWith('BUG_ON(sg->offset')) {
        return `Scatterlist entry ${x.i} runs past its page (sg->offset ${x['sg->offset']} + sg->length ${x['sg->length']} > ${sim.scenario.kernel.pageSize}), so b7649158 hits BUG_ON(sg->offset + sg->length > PAGE_SIZE): it copies one grant page per entry and refuses an entry that spans pages.`;
      }
      return `The running byte count ${x.offset} gives i = ${x.i}, past the request's ${plural(x.nr_segments, 'segment')}, and nothing checks it: 0a8704a51 follows grants_used[${x.i}], which was never set, and the kernel oopses (${it.message}).`;
    }
    case 'idle':
      return step.after.dead.includes(v)
        ? `${v}'s kernel already stopped at a BUG earlier in this request.`
        : `${v} has finished its loop: it walks ${entries(rec.sg.length)}, fewer than the ${rec.bvecs.length} bio_vecs the other versions walk.`;
    case 'not-run':
      return `${v}'s kernel hit a BUG in an earlier request, so it never ran this one.`;
  }
}

/** A short clause for other versions at the same iteration: [one version, several]. */
function laneBrief(it: LaneIteration): readonly [string, string] {
  switch (it.kind) {
    case 'copy': {
      const what = `from grant ${it.grant} at offset ${it.copy.srcOffset} (${verdictOf(it)})`;
      return [`copies ${what}`, `both copy ${what}`];
    }
    case 'bug':
      return [`hits ${it.message}`, `both hit ${it.message}`];
    case 'idle':
      return ['has finished its loop', 'have both finished their loops'];
    case 'not-run':
      return ['is not running', 'are both not running'];
  }
}

/** The narration of a completion-copy step, told for the focused version. */
export function completionCopy(
  sim: Simulation,
  step: StepOf<'completion-copy'>,
  rec: RequestRecord,
  focus: VersionId,
): string {
  const own = laneStory(sim, step, rec, focus);
  const brief = (v: VersionId) => laneBrief(step.lanes[v]);
  const others = VERSION_IDS.filter((v) => v !== focus);
  if (others.every((v) => brief(v)[0] === brief(focus)[0])) return own;
  const [a, b] = others as [VersionId, VersionId];
  const said =
    brief(a)[0] === brief(b)[0]
      ? `${a} and ${b} ${brief(a)[1]}`
      : `${a} ${brief(a)[0]} and ${b} ${brief(b)[0]}`;
  return `${own} Meanwhile ${said}.`;
}

// --- outcomes ------------------------------------------------------------------------------------
