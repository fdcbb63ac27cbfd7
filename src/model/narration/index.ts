// What a teacher would say at each trace step: one or two plain sentences with the real numbers,
// saying what happens and why it matters. Completion copies are told in completionCopy.ts.
// Narration is built as messages (message.ts) so the UI can render it in any language;
// narrateStep renders the English.
import type { RequestRecord, Simulation } from '../simulate';
import type { Bvec } from '../stages/bvec';
import type { SgBreak } from '../stages/mapSg';
import { VERSION_IDS, type VersionId } from '../versions';
import { completionCopy } from './completionCopy';
import { NARRATION_EN } from './en';
import { bytes, counted, hex, sectorsText, triple, type StepOf } from './format';
import {
  list,
  msg,
  renderMessage,
  sameMessage,
  templateTranslator,
  type Message,
  type Translate,
} from './message';

export {
  renderMessage,
  templateTranslator,
  type Message,
  type MessageList,
  type MessageParam,
  type Translate,
} from './message';
export { NARRATION_EN } from './en';

/** Renders narration messages in English, from NARRATION_EN. */
export const ENGLISH: Translate = templateTranslator(NARRATION_EN);

/** The narration of step `stepIndex` in English ('' when there is no such step). */
export function narrateStep(sim: Simulation, stepIndex: number, focus: VersionId): string {
  const message = narrationMessage(sim, stepIndex, focus);
  return message === null ? '' : renderMessage(message, ENGLISH);
}

/** The narration of step `stepIndex` as a message to render in any language (null: no step). */
export function narrationMessage(
  sim: Simulation,
  stepIndex: number,
  focus: VersionId,
): Message | null {
  const step = sim.steps[stepIndex];
  if (!step) return null;
  const rec = step.after.request === null ? undefined : sim.requests[step.after.request];
  switch (step.type) {
    case 'op-start':
      return opStart(sim, step);
    case 'op-failed':
      // The reason comes from the model's EINVAL check, in English in every language.
      return msg('opFailed', { op: sim.scenario.ops[step.op]?.op ?? 'I/O', reason: step.reason });
    case 'process-fill':
      return msg('processFill', {
        bytes: counted(
          step.ranges.reduce((n, r) => n + r.length, 0),
          'byte',
        ),
        bvecs: counted(step.ranges.length, 'bioVec'),
      });
    case 'bio-built':
      return bioBuilt(step);
    case 'request-rejected':
      return msg('requestRejected', { request: step.request, reason: step.reason });
    case 'sg-new':
    case 'sg-merge':
      return sgStep(sim, step, rec!);
    case 'grant-take':
      return grantTake(sim, step);
    case 'write-copy': {
      const e = rec!.sg[step.segment]!;
      return msg('writeCopy', {
        segment: step.segment,
        length: e.length,
        page: e.page,
        offset: e.offset,
        grant: step.grant,
        range: bytes(e.offset, e.length),
      });
    }
    case 'ring-segment': {
      const n = step.lastSect - step.firstSect + 1;
      return msg('ringSegment', {
        segment: step.segment,
        gref: step.gref,
        first: step.firstSect,
        last: step.lastSect,
        sectors: counted(n, 'sector'),
        range: bytes(step.firstSect * 512, n * 512),
      });
    }
    case 'backend-reject':
      return msg('backendReject', { reason: step.reason });
    case 'backend-transfer':
      return backendTransfer(step);
    case 'completion-copy':
      return completionCopy(sim, step, rec!, focus);
    case 'kernel-bug':
      return queueBug(sim, step, rec!);
    case 'grant-return':
      return msg(step.grants.length === 1 ? 'grantReturn.one' : 'grantReturn.many', {
        grants: step.grants.join(', '),
        free: step.after.poolFree.join(', '),
        next: step.after.poolFree[0]!,
      });
    case 'request-done':
      return requestDone(sim, step, focus);
    case 'op-done':
      return opDone(sim, step, focus);
  }
}

function opStart(sim: Simulation, step: StepOf<'op-start'>): Message {
  const op = sim.scenario.ops[step.op]!;
  // The label is the scenario author's own words: never translated.
  const title = step.label
    ? msg('opStart.titleLabelled', { op: step.op, label: step.label })
    : msg('opStart.title', { op: step.op });
  if (op.kind === 'bvecs') {
    return msg('opStart.bvecs', {
      title,
      kind: op.op.toUpperCase(),
      bvecs: counted(op.bvecs.length, 'bioVec'),
      sector: op.sector,
    });
  }
  const pageSize = sim.scenario.kernel.pageSize;
  return msg('opStart.buffer', {
    title,
    op: op.op,
    length: op.length,
    sector: op.sector,
    address: op.address,
    page: Math.floor(op.address / pageSize),
    offset: op.address % pageSize,
  });
}

function bioBuilt(step: StepOf<'bio-built'>): Message {
  const total = step.bvecs.reduce((n, b) => n + b.length, 0);
  const head = msg('bio.head', {
    request: step.request,
    kind: step.kind.toUpperCase(),
    total,
    sectors: sectorsText(step.sector, total / 512),
    bvecs: counted(step.bvecs.length, 'bioVec'),
    shown: step.bvecs.slice(0, 8).map(triple).join(' '),
    more: step.bvecs.length > 8 ? msg('bio.more') : '',
  });
  const offPage = step.bvecs.flatMap((b, i) => (b.offset !== 0 ? [String(i)] : []));
  if (offPage.length === 0) return msg('bio.aligned', { head });
  if (offPage.length === 1) return msg('bio.offPageOne', { head, bvec: offPage[0]! });
  if (offPage.length <= 6) return msg('bio.offPageSome', { head, bvecs: list(offPage) });
  return msg('bio.offPageMany', { head, n: offPage.length, total: step.bvecs.length });
}

/** Why blk_rq_map_sg started a new entry, in words, with the numbers it compared. */
function sgBreakReason(
  sim: Simulation,
  rec: RequestRecord,
  bvec: number,
  because: SgBreak,
): Message {
  const k = sim.scenario.kernel;
  const bv = rec.bvecs[bvec]!;
  const prev = rec.bvecs[bvec - 1];
  const phys = (e: Bvec) => sim.scenario.framesOf(e.page).pfn * k.pageSize + e.offset;
  switch (because) {
    case 'first':
      return msg('sgWhy.first');
    case 'no-clustering':
      return msg('sgWhy.noClustering');
    case 'size': {
      const entry = rec.sg[rec.sg.findIndex((e) => e.bvecs.includes(bvec)) - 1]!;
      return msg('sgWhy.size', { entry: entry.length, length: bv.length, max: k.maxSegmentSize });
    }
    case 'not-contiguous':
      return msg('sgWhy.notContiguous', {
        phys: hex(phys(bv)),
        prev: bvec - 1,
        prevEnd: hex(phys(prev!) + prev!.length),
      });
    case 'machine-frames':
      return msg('sgWhy.machineFrames', {
        a: sim.scenario.framesOf(prev!.page).mfn,
        b: sim.scenario.framesOf(bv.page).mfn,
      });
    case 'boundary':
      return msg('sgWhy.boundary', {
        prev: bvec - 1,
        bytes: k.segmentBoundaryMask + 1,
        mask: k.segmentBoundaryMask,
      });
  }
}

function sgStep(sim: Simulation, step: StepOf<'sg-new' | 'sg-merge'>, rec: RequestRecord): Message {
  const bv = rec.bvecs[step.bvec]!;
  if (step.type === 'sg-merge') {
    const crosses = step.entry.offset + step.entry.length > sim.scenario.kernel.pageSize;
    const covered = rec.sg[step.segment]!.bvecs.indexOf(step.bvec) + 1;
    const note = crosses
      ? msg('sg.mergeCrosses')
      : msg('sg.mergeCovers', { bvecs: counted(covered, 'bioVec') });
    return msg('sg.merge', {
      bvec: step.bvec,
      bv: triple(bv),
      segment: step.segment,
      entry: triple(step.entry),
      note,
    });
  }
  const why = sgBreakReason(sim, rec, step.bvec, step.because ?? 'first');
  return msg('sg.new', { bvec: step.bvec, bv: triple(bv), segment: step.segment, why });
}

function grantTake(sim: Simulation, step: StepOf<'grant-take'>): Message {
  if (!step.reused) return msg('grant.fresh', { segment: step.segment, grant: step.grant });
  const free = step.after.poolFree.length
    ? msg('grant.freeList', { items: step.after.poolFree.join(', ') })
    : msg('grant.freeEmpty');
  const last = [...sim.requests]
    .reverse()
    .find((r) => r.index < step.request && r.grants.includes(step.grant));
  const who = last ? msg('grant.lastUser', { request: last.index }) : msg('grant.usedBefore');
  return msg('grant.reused', { segment: step.segment, grant: step.grant, who, free });
}

function backendTransfer(step: StepOf<'backend-transfer'>): Message {
  const where = msg('backend.where', {
    range: bytes(step.grantOffset, step.sectors * 512),
    grant: step.grant,
  });
  const sectors = sectorsText(step.sector, step.sectors);
  if (step.direction === 'grant-to-disk')
    return msg('backend.write', { where, segment: step.segment, sectors });
  return msg('backend.read', { sectors, where, offset: step.grantOffset });
}

function queueBug(sim: Simulation, step: StepOf<'kernel-bug'>, rec: RequestRecord): Message {
  const dies = msg('queueBug.dies', { message: step.message });
  if (step.message.includes('MAX_SEGMENTS')) {
    return msg('queueBug.maxSegments', {
      entries: counted(rec.sg.length, 'sgEntry'),
      max: sim.scenario.kernel.maxSegments,
      dies,
    });
  }
  const page = sim.scenario.kernel.pageSize;
  const i = rec.sg.findIndex((e) => e.offset + e.length > page);
  const e = rec.sg[i];
  const which = e ? msg('queueBug.entryPast', { i, entry: triple(e) }) : msg('queueBug.somePast');
  return msg('queueBug.write', { which, page, dies });
}

// --- outcomes ------------------------------------------------------------------------------------

/** "With A and B, …; with C, …." grouping versions (focus first) by what happened to them. */
function byVersion(focus: VersionId, phrase: (v: VersionId) => Message): Message {
  const order = [focus, ...VERSION_IDS.filter((v) => v !== focus)];
  const groups: { outcome: Message; versions: VersionId[] }[] = [];
  for (const v of order) {
    const outcome = phrase(v);
    const group = groups.find((g) => sameMessage(g.outcome, outcome));
    if (group) group.versions.push(v);
    else groups.push({ outcome, versions: [v] });
  }
  if (groups.length === 1)
    return msg('verdict.all', { n: VERSION_IDS.length, outcome: groups[0]!.outcome });
  // Within a group, oldest version first: "0a8704a51 and d62f69185" reads as history.
  const oldestFirst = (vs: VersionId[]) => VERSION_IDS.filter((v) => vs.includes(v));
  const [a, b, c] = groups.map((g, n) =>
    msg(n === 0 ? 'verdict.first' : 'verdict.next', {
      versions: list(oldestFirst(g.versions)),
      outcome: g.outcome,
    }),
  );
  return c ? msg('verdict.three', { a: a!, b: b!, c }) : msg('verdict.two', { a: a!, b: b! });
}

function outcomePhrase(
  status: string,
  kind: 'read' | 'write',
  misdirected: number,
  corrupt: number,
  diskCorrupt: number,
): Message {
  if (status === 'not-run') return msg('outcome.notRun');
  if (status === 'BUG') return msg('outcome.bug');
  if (status !== 'ok') return msg('outcome.status', { status });
  if (kind === 'write') {
    return diskCorrupt === 0
      ? msg('outcome.writeExact')
      : msg('outcome.writeCorrupt', { n: diskCorrupt });
  }
  if (misdirected === 0) return msg('outcome.readExact');
  return corrupt === misdirected
    ? msg('outcome.readAllCorrupt', { n: misdirected })
    : msg('outcome.readSomeCorrupt', { n: misdirected, corrupt });
}

function requestDone(sim: Simulation, step: StepOf<'request-done'>, focus: VersionId): Message {
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
  return msg('requestDone', { request: step.request, kind: rec.kind.toUpperCase(), verdict });
}

function opDone(sim: Simulation, step: StepOf<'op-done'>, focus: VersionId): Message {
  const op = sim.ops[step.op]!;
  const kind = sim.scenario.ops[step.op]!.op;
  if (step.status === 'EINVAL') return msg('opDone.einval', { op: kind });
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
  return msg('opDone.ok', { op: kind, requests: counted(recs.length, 'request'), verdict });
}
