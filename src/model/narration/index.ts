// What a teacher would say at each trace step: one or two plain sentences with the real numbers,
// saying what happens and why it matters. Completion copies are told in completionCopy.ts.
import type { RequestRecord, Simulation } from '../simulate';
import type { Bvec } from '../stages/bvec';
import type { SgBreak } from '../stages/mapSg';
import { VERSION_IDS, type VersionId } from '../versions';
import {
  andList,
  bytes,
  capitalise,
  entries,
  hex,
  plural,
  sectorsText,
  triple,
  type StepOf,
} from './format';
import { completionCopy } from './completionCopy';

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
