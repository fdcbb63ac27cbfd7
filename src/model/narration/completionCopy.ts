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
  bytes,
  counted,
  grantName,
  sectorsText,
  triple,
  type CopyLane,
  type StepOf,
} from './format';
import { list, msg, sameMessage, type Message, type MessageList } from './message';

/** Right / wrong / bug / idle: what a lane's iteration amounts to. */
const verdictOf = (it: LaneIteration) =>
  it.kind === 'copy' ? (it.misdirectedBytes > 0 ? 'wrong' : 'right') : it.kind;

/** How a version chose its grant for this copy, ending with the memcpy it makes. */
function copyDecision(v: VersionId, it: CopyLane, rec: RequestRecord, pageShift: number): Message {
  const c = it.copy;
  const vars = c.vars;
  const memcpy = msg('copy.memcpy', {
    length: c.length,
    grant: grantName(c.grantIndex, it.grant),
    offset: c.srcOffset,
  });
  if (v === 'b7649158') {
    const e = rec.sg[c.iteration]!;
    return msg('copy.sg', { i: c.iteration, entry: triple(e), memcpy, page: e.page });
  }
  const bv = rec.bvecs[c.bvec!]!;
  const head = msg('copy.head', { bvec: c.bvec!, bv: triple(bv) });
  const offset = vars.offset ?? 0;
  const i = vars.i ?? 0;
  if (v === '0a8704a51') {
    // "but" when the byte count and the page offset disagree: that mismatch is the bug.
    const pageSize = 1 << pageShift;
    const key = bv.offset !== offset % pageSize ? 'copy.originalBut' : 'copy.originalAnd';
    return msg(key, { head, bvOffset: bv.offset, offset, shift: pageShift, i, memcpy });
  }
  if (c.iteration === 0) return msg('copy.partialFirst', { head, memcpy });
  const key = bv.offset < offset ? 'copy.partialNext' : 'copy.partialSame';
  return msg(key, { head, bvOffset: bv.offset, offset, i, memcpy });
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
  readonly text: (cells: number) => Message;
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
    const text = () => msg('run.uninit');
    return { from, cells: 1, key: 'uninit', sector: null, mine: false, text };
  }
  const w = sim.steps[s.step];
  const sector =
    w?.type === 'backend-transfer' && w.direction === 'disk-to-grant'
      ? w.sector + (from - w.grantOffset) / CELL_BYTES
      : null;
  if (s.kind === 'data' && sector !== null) {
    // This request's own data, in the wrong place for this copy: say whose it is.
    const bvec = layout.bvecOf[sector - rec.sector]!;
    const text = (n: number) => msg('run.mine', { sectors: sectorsText(sector, n), bvec });
    return { from, cells: 1, key: `data-${bvec}`, sector, mine: true, text };
  }
  if (s.kind !== 'stale') {
    const text = () => msg('run.mineOther');
    return { from, cells: 1, key: s.kind, sector: null, mine: true, text };
  }
  const text = (n: number) =>
    sector === null
      ? msg('run.staleBy', { request: s.request })
      : msg('run.staleRead', { sectors: sectorsText(sector, n), request: s.request });
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
function runsText(runs: readonly Run[], grant: number | null): Message | MessageList {
  const MAX_RUNS = 3;
  const parts = runs.slice(0, MAX_RUNS).map((r, n) => {
    const span = bytes(r.from, r.cells * CELL_BYTES);
    const what = r.text(r.cells);
    if (n > 0) return msg('run.next', { span, what });
    return grant === null
      ? msg('run.firstThere', { span, what })
      : msg('run.firstOf', { span, grant, what });
  });
  const joined = list(parts, 'comma');
  return runs.length > MAX_RUNS ? msg('run.more', { parts: joined }) : joined;
}

/** Where this request's data sits in `grant` (the ring segments that use it). */
function requestDataIn(rec: RequestRecord, grant: number): string[] {
  return rec.segments
    .filter((s) => s.gref === grant)
    .map((s) => bytes(s.firstSect * 512, (s.lastSect - s.firstSect + 1) * 512));
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
): Message {
  const right = rightSource(rec, it);
  if (it.misdirectedBytes === 0) return msg('copyVerdict.right', { sectors: right.sectors });
  const runs = sourceRuns(sim, rec, v, it, at);
  const grant = it.grant;
  const held = requestDataIn(rec, grant);
  const where = it.staleSlot
    ? msg('copyVerdict.staleSlot', {
        slot: it.copy.grantIndex,
        segments: counted(rec.segments.length, 'segment'),
        grant,
      })
    : runs.every((r) => r.mine)
      ? null
      : held.length
        ? msg('copyVerdict.heldAt', { grant, spans: list(held) })
        : msg('copyVerdict.heldNone', { grant });
  const target =
    it.copy.bvec !== null
      ? msg('copyVerdict.targetBvec', { n: it.copy.bvec })
      : msg('copyVerdict.targetEntry', { n: it.copy.iteration });
  return msg('copyVerdict.wrong', {
    where: where ?? '',
    // After "grant g holds …;" the runs say "there"; alone they name the grant.
    runs: runsText(runs, where ? null : grant),
    target,
    sectors: right.sectors,
    grant: right.grant,
    offset: right.offset,
  });
}

function laneStory(
  sim: Simulation,
  step: StepOf<'completion-copy'>,
  rec: RequestRecord,
  v: VersionId,
): Message {
  const it = step.lanes[v];
  const shift = Math.log2(sim.scenario.kernel.pageSize);
  switch (it.kind) {
    case 'copy':
      return msg('lane.copy', {
        decision: copyDecision(v, it, rec, shift),
        verdict: copyVerdict(sim, v, it, rec, step.index),
      });
    case 'bug': {
      const x = it.vars;
      const segments = counted(x.nr_segments ?? 0, 'segment');
      if (it.message.startsWith('BUG_ON(i >= nr_segments)')) {
        return msg('lane.bugPartial', {
          bvec: step.iteration,
          bvOffset: x.bv_offset ?? 0,
          offset: x.offset ?? 0,
          i: x.i ?? 0,
          segments,
        });
      }
      if (it.message.startsWith('BUG_ON(sg->offset')) {
        return msg('lane.bugSg', {
          i: x.i ?? 0,
          sgOffset: x['sg->offset'] ?? 0,
          sgLength: x['sg->length'] ?? 0,
          page: sim.scenario.kernel.pageSize,
        });
      }
      return msg('lane.bugOriginal', {
        offset: x.offset ?? 0,
        i: x.i ?? 0,
        segments,
        message: it.message,
      });
    }
    case 'idle':
      return step.after.dead.includes(v)
        ? msg('lane.idleDead', { v })
        : msg('lane.idleDone', {
            v,
            entries: counted(rec.sg.length, 'sgEntry'),
            bvecs: rec.bvecs.length,
          });
    case 'not-run':
      return msg('lane.notRun', { v });
  }
}

/** A short clause for other versions at the same iteration: [one version, both others]. */
function laneBrief(it: LaneIteration): readonly [Message, Message] {
  switch (it.kind) {
    case 'copy': {
      const params = {
        grant: it.grant,
        offset: it.copy.srcOffset,
        verdict: msg(`brief.${verdictOf(it)}`),
      };
      return [msg('brief.copyOne', params), msg('brief.copyBoth', params)];
    }
    case 'bug':
      return [
        msg('brief.bugOne', { message: it.message }),
        msg('brief.bugBoth', { message: it.message }),
      ];
    case 'idle':
      return [msg('brief.idleOne'), msg('brief.idleBoth')];
    case 'not-run':
      return [msg('brief.notRunOne'), msg('brief.notRunBoth')];
  }
}

/** The narration of a completion-copy step, told for the focused version. */
export function completionCopy(
  sim: Simulation,
  step: StepOf<'completion-copy'>,
  rec: RequestRecord,
  focus: VersionId,
): Message {
  const own = laneStory(sim, step, rec, focus);
  const brief = (v: VersionId) => laneBrief(step.lanes[v]);
  const others = VERSION_IDS.filter((v) => v !== focus);
  if (others.every((v) => sameMessage(brief(v)[0], brief(focus)[0]))) return own;
  const [a, b] = others as [VersionId, VersionId];
  const said = sameMessage(brief(a)[0], brief(b)[0])
    ? msg('brief.same', { a, b, what: brief(a)[1] })
    : msg('brief.each', { a, whatA: brief(a)[0], b, whatB: brief(b)[0] });
  return msg('meanwhile', { own, said });
}
