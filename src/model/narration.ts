// What a teacher would say at each trace step: one or two plain sentences with the real numbers,
// saying what happens and why it matters. Completion copies are told for the focused version and
// name the grant bytes it reads (this request's data, stale bytes an earlier request left, or a
// fresh page's uninitialised memory, from cellState.ts); the other versions are mentioned when
// they do something different at the same step.
import { grantCellState } from './cellState';
import type { RequestRecord, Simulation } from './simulate';
import type { Bvec } from './stages/bvec';
import type { SgBreak } from './stages/mapSg';
import { requestLayout, type RequestLayout } from './stages/requestLayout';
import type { LaneIteration, Step } from './trace';
import { CELL_BYTES } from './units';
import { VERSION_IDS, type VersionId } from './versions';

type StepOf<T extends Step['type']> = Extract<Step, { type: T }>;
type CopyLane = Extract<LaneIteration, { kind: 'copy' }>;
type Extent = { readonly page: number; readonly offset: number; readonly length: number };

const bytes = (from: number, length: number) => `${from}–${from + length - 1}`;
const triple = (e: Extent) => `(P${e.page}, ${e.offset}, ${e.length})`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const entries = (n: number) => `${n} scatterlist ${n === 1 ? 'entry' : 'entries'}`;
const sectorsText = (first: number, count: number) =>
  count === 1 ? `sector ${first}` : `sectors ${first}–${first + count - 1}`;
const hex = (n: number) => `0x${n.toString(16)}`;
const andList = (xs: readonly string[]) =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A grant as the pipeline labels it (pool id), with the grants_used slot when they differ. */
const grantName = (slot: number, grant: number) =>
  slot === grant ? `grant ${grant}` : `grants_used[${slot}] (grant ${grant})`;

/** The narration of step `stepIndex` ('' when there is no such step). */
export function narrateStep(sim: Simulation, stepIndex: number, focus: VersionId): string {
  const step = sim.steps[stepIndex];
  if (!step) return '';
  const rec = step.after.request === null ? undefined : sim.requests[step.after.request];
  switch (step.type) {
    case 'op-start':
      return opStart(sim, step);
    case 'op-failed':
      return `The ${sim.scenario.ops[step.op]?.op ?? 'I/O'} fails with EINVAL before any I/O: ${step.reason}. O_DIRECT needs the buffer address and length to be multiples of the logical block size.`;
    case 'process-fill':
      return `Before the syscall the process writes its data into the buffer: ${plural(
        step.ranges.reduce((n, r) => n + r.length, 0),
        'byte',
      )} across ${plural(step.ranges.length, 'bio_vec')}.`;
    case 'bio-built':
      return bioBuilt(step);
    case 'request-rejected':
      return `The block layer fails request ${step.request} with EIO before blkfront sees it: ${step.reason}.`;
    case 'sg-new':
    case 'sg-merge':
      return sgStep(sim, step, rec!);
    case 'grant-take':
      return grantTake(sim, step);
    case 'write-copy': {
      const e = rec!.sg[step.segment]!;
      return `WRITE: blkfront copies scatterlist entry ${step.segment}'s ${e.length} bytes from P${e.page} offset ${e.offset} into grant ${step.grant} at the same offset, bytes ${bytes(e.offset, e.length)}; the rest of that grant page keeps its old contents.`;
    }
    case 'ring-segment': {
      const n = step.lastSect - step.firstSect + 1;
      return `seg[${step.segment}] = { gref of grant ${step.gref}, first_sect ${step.firstSect}, last_sect ${step.lastSect} }: the backend will move ${plural(n, 'sector')} into bytes ${bytes(step.firstSect * 512, n * 512)} of grant ${step.gref} (first_sect × 512).`;
    }
    case 'backend-reject':
      return `blkback refuses the whole request: ${step.reason}. The guest gets BLKIF_RSP_ERROR, so the process sees EIO.`;
    case 'backend-transfer':
      return backendTransfer(step);
    case 'completion-copy':
      return completionCopy(sim, step, rec!, focus);
    case 'kernel-bug':
      return queueBug(sim, step, rec!);
    case 'grant-return':
      return `The completion gives ${step.grants.length === 1 ? `grant ${step.grants[0]} back, pushing it` : `grants ${step.grants.join(', ')} back, pushing each in turn`} on the head of the free list, which is now [${step.after.poolFree.join(', ')}]: the next request's segment 0 gets grant ${step.after.poolFree[0]} first, with this request's bytes still in it.`;
    case 'request-done':
      return requestDone(sim, step, focus);
    case 'op-done':
      return opDone(sim, step, focus);
  }
}

function opStart(sim: Simulation, step: StepOf<'op-start'>): string {
  const op = sim.scenario.ops[step.op]!;
  const title = step.label ? `Op ${step.op}, “${step.label}”` : `Op ${step.op}`;
  if (op.kind === 'bvecs') {
    return `${title}: one ${op.op.toUpperCase()} bio of ${plural(op.bvecs.length, 'bio_vec')} for sector ${op.sector}, built directly, as a stacked driver such as RAID does, rather than cut from an O_DIRECT buffer.`;
  }
  const page = Math.floor(op.address / sim.scenario.kernel.pageSize);
  const offset = op.address % sim.scenario.kernel.pageSize;
  return `${title}: an O_DIRECT ${op.op}() of ${op.length} bytes from sector ${op.sector}, with the buffer at address ${op.address}, which is page ${page}, offset ${offset}.`;
}

function bioBuilt(step: StepOf<'bio-built'>): string {
  const total = step.bvecs.reduce((n, b) => n + b.length, 0);
  const shown = step.bvecs.slice(0, 8).map(triple).join(' ');
  const more = step.bvecs.length > 8 ? ' …' : '';
  const head = `Request ${step.request}: a ${step.kind.toUpperCase()} of ${total} bytes (${sectorsText(step.sector, total / 512)}) as ${plural(step.bvecs.length, 'bio_vec')}: ${shown}${more}.`;
  const offPage = step.bvecs.flatMap((b, i) => (b.offset !== 0 ? [String(i)] : []));
  if (offPage.length === 0) return `${head} Every bio_vec starts at page offset 0.`;
  const which =
    offPage.length === 1
      ? `bio_vec ${offPage[0]} does`
      : offPage.length <= 6
        ? `bio_vecs ${andList(offPage)} do`
        : `${offPage.length} of the ${step.bvecs.length} bio_vecs do`;
  return `${head} ${which} not start at page offset 0: the layout the bio_vec-walking completions can get wrong.`;
}

/** Why blk_rq_map_sg started a new entry, in words, with the numbers it compared. */
function sgBreakReason(
  sim: Simulation,
  rec: RequestRecord,
  bvec: number,
  because: SgBreak,
): string {
  const k = sim.scenario.kernel;
  const bv = rec.bvecs[bvec]!;
  const prev = rec.bvecs[bvec - 1];
  const phys = (e: Bvec) => sim.scenario.framesOf(e.page).pfn * k.pageSize + e.offset;
  switch (because) {
    case 'first':
      return `it is the request's first bio_vec`;
    case 'no-clustering':
      return 'clustering is off, so every bio_vec gets its own entry';
    case 'size': {
      const entry = rec.sg[rec.sg.findIndex((e) => e.bvecs.includes(bvec)) - 1]!;
      return `${entry.length} + ${bv.length} bytes would exceed max_segment_size (${k.maxSegmentSize})`;
    }
    case 'not-contiguous':
      return `it starts at physical address ${hex(phys(bv))}, not where bio_vec ${bvec - 1} ends (${hex(phys(prev!) + prev!.length)})`;
    case 'machine-frames': {
      const a = sim.scenario.framesOf(prev!.page).mfn;
      const b = sim.scenario.framesOf(bv.page).mfn;
      return `it is contiguous in pseudo-physical memory, but the machine frames (mfn ${a} and ${b}) are neither equal nor consecutive, which Xen PV forbids`;
    }
    case 'boundary':
      return `it follows bio_vec ${bvec - 1} in physical memory, but the two would cross a ${k.segmentBoundaryMask + 1}-byte boundary (segment boundary mask ${k.segmentBoundaryMask}); with blkfront's limits an entry never spans two pages`;
  }
}

function sgStep(sim: Simulation, step: StepOf<'sg-new' | 'sg-merge'>, rec: RequestRecord): string {
  const bv = rec.bvecs[step.bvec]!;
  if (step.type === 'sg-merge') {
    const crosses = step.entry.offset + step.entry.length > sim.scenario.kernel.pageSize;
    const note = crosses
      ? ' It now runs past the end of its page, which the completion copies assume never happens.'
      : ` One entry, so one segment and one grant, now covers ${plural(rec.sg[step.segment]!.bvecs.indexOf(step.bvec) + 1, 'bio_vec')}.`;
    return `bio_vec ${step.bvec} ${triple(bv)} continues the previous one in physical memory and fits every limit, so it joins scatterlist entry ${step.segment}, now ${triple(step.entry)}.${note}`;
  }
  const why = sgBreakReason(sim, rec, step.bvec, step.because ?? 'first');
  return `bio_vec ${step.bvec} ${triple(bv)} starts scatterlist entry ${step.segment} because ${why}. Entry ${step.segment} will be ring segment ${step.segment}, with a grant of its own.`;
}

function grantTake(sim: Simulation, step: StepOf<'grant-take'>): string {
  const free = step.after.poolFree.length ? `[${step.after.poolFree.join(', ')}]` : 'empty';
  if (!step.reused) {
    return `The free list is empty, so blkfront allocates a new page for segment ${step.segment} and grants it to the backend as grant ${step.grant}; alloc_page() does not clear it, so it starts out holding uninitialised memory.`;
  }
  const last = [...sim.requests]
    .reverse()
    .find((r) => r.index < step.request && r.grants.includes(step.grant));
  const who = last ? `request ${last.index} used it last` : 'it was used before';
  return `Segment ${step.segment} takes grant ${step.grant} from the head of the free list (${who}; the free list is now ${free}). Persistent grants are never cleared, so its page still holds whatever was last put there.`;
}

function backendTransfer(step: StepOf<'backend-transfer'>): string {
  const where = `bytes ${bytes(step.grantOffset, step.sectors * 512)} of grant ${step.grant}`;
  if (step.direction === 'grant-to-disk') {
    return `The backend writes ${where} (segment ${step.segment}) to disk ${sectorsText(step.sector, step.sectors)}.`;
  }
  return `The backend reads disk ${sectorsText(step.sector, step.sectors)} into ${where}: offset ${step.grantOffset} is first_sect × 512, and the rest of that page keeps whatever it held.`;
}

function queueBug(sim: Simulation, step: StepOf<'kernel-bug'>, rec: RequestRecord): string {
  const dies = `so every version's kernel stops here (${step.message})`;
  if (step.message.includes('MAX_SEGMENTS')) {
    return `The request needs ${entries(rec.sg.length)} but a ring request carries at most ${sim.scenario.kernel.maxSegments}, ${dies}.`;
  }
  const page = sim.scenario.kernel.pageSize;
  const i = rec.sg.findIndex((e) => e.offset + e.length > page);
  const e = rec.sg[i];
  const which = e
    ? `Scatterlist entry ${i} ${triple(e)} runs past the end of its page`
    : 'An entry runs past its page';
  return `${which}, but a WRITE copies each entry into one ${page}-byte grant page, ${dies}.`;
}

// --- completion copies -------------------------------------------------------------------------

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

function completionCopy(
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

/** "With A and B, …; with C, …." grouping versions (focus first) by what happened to them. */
function byVersion(focus: VersionId, phrase: (v: VersionId) => string): string {
  const order = [focus, ...VERSION_IDS.filter((v) => v !== focus)];
  const groups = new Map<string, VersionId[]>();
  for (const v of order) groups.set(phrase(v), [...(groups.get(phrase(v)) ?? []), v]);
  // Within a group, oldest version first: "0a8704a51 and d62f69185" reads as history.
  const oldestFirst = (vs: VersionId[]) => VERSION_IDS.filter((v) => vs.includes(v));
  if (groups.size === 1) return `In all ${VERSION_IDS.length} versions, ${[...groups.keys()][0]}.`;
  const parts = [...groups].map(([text, vs]) => `with ${andList(oldestFirst(vs))}, ${text}`);
  return capitalise(parts.join('; ')) + '.';
}

function outcomePhrase(
  status: string,
  kind: 'read' | 'write',
  misdirected: number,
  corrupt: number,
  diskCorrupt: number,
): string {
  if (status === 'not-run') return 'the kernel had already crashed, so it never ran';
  if (status === 'BUG') return 'the kernel crashed (BUG)';
  if (status !== 'ok') return `the process gets ${status}`;
  if (kind === 'write') {
    return diskCorrupt === 0
      ? 'the disk got exactly what the process meant to write'
      : `${diskCorrupt} bytes on disk differ from what a correct kernel would have written`;
  }
  if (misdirected === 0) return 'the process got exactly what the disk holds';
  return corrupt === misdirected
    ? `${misdirected} bytes came from the wrong place and all differ from the disk`
    : `${misdirected} bytes came from the wrong place, ${corrupt} of them differing from the disk`;
}

function requestDone(sim: Simulation, step: StepOf<'request-done'>, focus: VersionId): string {
  const rec = sim.requests[step.request]!;
  const verdict = byVersion(focus, (v) => {
    const o = rec.versions[v];
    return outcomePhrase(
      o.status,
      rec.kind,
      o.misdirectedBytes,
      o.corruptBytes,
      o.diskCorruptBytes,
    );
  });
  return `Request ${step.request} (${rec.kind.toUpperCase()}) is done. ${verdict}`;
}

function opDone(sim: Simulation, step: StepOf<'op-done'>, focus: VersionId): string {
  const op = sim.ops[step.op]!;
  const kind = sim.scenario.ops[step.op]!.op;
  if (step.status === 'EINVAL') return `${kind}() returns EINVAL: nothing was transferred.`;
  const recs = op.requests.map((r) => sim.requests[r]!);
  const verdict = byVersion(focus, (v) => {
    const os = recs.map((r) => r.versions[v]);
    const status = os.find((o) => o.status !== 'ok')?.status ?? 'ok';
    const sum = (f: (o: (typeof os)[number]) => number) => os.reduce((n, o) => n + f(o), 0);
    return outcomePhrase(
      status,
      kind,
      sum((o) => o.misdirectedBytes),
      sum((o) => o.corruptBytes),
      sum((o) => o.diskCorruptBytes),
    );
  });
  return `${kind}() returns after ${plural(recs.length, 'request')}. ${verdict}`;
}
