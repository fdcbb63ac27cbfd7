// One sentence for the pipeline's accessible name: what the step did, in the focused version's
// terms for completion copies ("Request 2: copy 1 — 0a8704a51 copies grant 0 bytes 0-4095 into
// bio_vec 1: wrong"). Screen readers announce it; tests find the pipeline by it. The sentence is
// built as a message (key + values, as the narration's) so the UI words it in its language;
// describeStep() renders it in English from DESCRIBE_EN (the SVG export and tests use that).
import { assertNever } from '../lib/assert';
import type { KernelConfig, LaneIteration, Simulation, Step, VersionId } from '../model';
import { msg, renderMessage, templateTranslator, type Message } from '../model/narration/message';
import type { SgBreak } from '../model/stages/mapSg';
import { pageTuple } from './labels';

/**
 * English templates of the step sentences (namespace `pipeline`, under `describe`; the other
 * languages mirror them in src/i18n/locales/<lang>/pipeline.json). Kernel identifiers, errnos and
 * the model's reasons and BUG texts are values, quoted as they are.
 */
export const DESCRIBE_EN = {
  none: 'Nothing to show: the scenario has no steps.',
  request: 'Request {{request}}',
  bytes: 'bytes {{first}}-{{last}}',
  intoSg: 'sg entry {{index}}',
  intoBvec: 'bio_vec {{index}}',
  right: 'right',
  wrong: 'wrong',
  staleSlot: ' (stale slot)',
  copy: '{{version}} copies grant {{grant}}{{stale}} {{bytes}} into {{into}}: {{verdict}}',
  bug: '{{version}} hits a kernel BUG: {{message}}',
  idle: '{{version}} has nothing left to copy',
  notRun: '{{version}} is not running (its kernel hit a BUG earlier)',
  opStart: 'Op {{op}} starts: {{kind}}',
  opStartLabel: 'Op {{op}} starts: {{kind}} — {{label}}',
  opFailed: 'Op {{op}} fails with {{errno}}: {{reason}}',
  processFill: 'Op {{op}}: the process writes its data into the buffer',
  bioBuilt_one:
    '{{request}}: {{kind}} of {{count}} bio_vec at sector {{sector}}: {{tuples}}{{more}}',
  bioBuilt_other:
    '{{request}}: {{kind}} of {{count}} bio_vecs at sector {{sector}}: {{tuples}}{{more}}',
  more: ' …',
  rejected: '{{request}} is rejected with {{errno}}: {{reason}}',
  sgNew: '{{request}}: bio_vec {{bvec}} starts scatterlist entry {{segment}} ({{because}})',
  sgMerge:
    '{{request}}: bio_vec {{bvec}} joins scatterlist entry {{segment}}, now {{length}} bytes',
  breaks: {
    first: 'first bio_vec',
    noClustering: 'no clustering',
    size: 'size > {{size}}',
    notContiguous: 'not contiguous',
    machineFrames: 'mfn gap',
    newPage: 'new page (boundary)',
    boundary: 'crosses boundary',
  },
  grantTake: '{{request}}: segment {{segment}} takes grant {{grant}} ({{how}})',
  reused: 'reused from the pool',
  newGrant: 'new page',
  writeCopy: "{{request}}: segment {{segment}}'s data is copied into grant {{grant}}",
  ringSegment:
    '{{request}}: seg[{{segment}}] gref={{gref}} first_sect={{first}} last_sect={{last}}',
  backendReject: '{{request}}: the backend rejects the request: {{reason}}',
  backendRead: '{{request}}: the backend reads {{sectors}} into grant {{grant}} at byte {{offset}}',
  backendWrite:
    '{{request}}: the backend writes {{sectors}} from grant {{grant}} at byte {{offset}}',
  disk: 'disk {{sector}}',
  diskRange: 'disk {{first}}–{{last}}',
  completionCopy: '{{request}}: copy {{iteration}} — {{lane}}',
  kernelBug: '{{request}}: kernel BUG in {{versions}}: {{message}}',
  grantReturn: '{{request}}: grants {{grants}} go back to the pool',
  requestDone: '{{request}} done ({{status}}): {{tail}}',
  corrupted_one: '{{count}} corrupted byte under {{version}}',
  corrupted_other: '{{count}} corrupted bytes under {{version}}',
  versionStatus: '{{version}}: {{status}}',
  opDone: 'Op {{op}} done: {{status}}',
} as const;

const english = templateTranslator(DESCRIBE_EN);

/** Bytes a-b of a grant, inclusive, as the kernel notes write them. */
const byteRange = (offset: number, length: number) =>
  msg('bytes', { first: offset, last: offset + length - 1 });

/** The short reason a bio_vec started a new scatterlist entry (as labels.ts's sgBreakLabel). */
export function breakMessage(because: SgBreak, kernel: KernelConfig): Message {
  switch (because) {
    case 'first':
      return msg('breaks.first');
    case 'no-clustering':
      return msg('breaks.noClustering');
    case 'size':
      return msg('breaks.size', { size: kernel.maxSegmentSize });
    case 'not-contiguous':
      return msg('breaks.notContiguous');
    case 'machine-frames':
      return msg('breaks.machineFrames');
    case 'boundary':
      // With blkfront's mask (PAGE_SIZE - 1) the boundary window is exactly one page.
      return kernel.segmentBoundaryMask === kernel.pageSize - 1
        ? msg('breaks.newPage')
        : msg('breaks.boundary');
  }
}

/** What version `v` did at a completion-copy iteration, as a message. */
export function laneIterationMessage(v: VersionId, it: LaneIteration): Message {
  switch (it.kind) {
    case 'copy': {
      const c = it.copy;
      return msg('copy', {
        version: v,
        grant: c.grantIndex,
        stale: it.staleSlot ? msg('staleSlot') : '',
        bytes: byteRange(c.srcOffset, c.length),
        into:
          c.bvec === null
            ? msg('intoSg', { index: c.iteration })
            : msg('intoBvec', { index: c.bvec }),
        verdict: msg(it.misdirectedBytes > 0 ? 'wrong' : 'right'),
      });
    }
    case 'bug':
      return msg('bug', { version: v, message: it.message });
    case 'idle':
      return msg('idle', { version: v });
    case 'not-run':
      return msg('notRun', { version: v });
    default:
      return assertNever(it, 'lane iteration');
  }
}

/** The sentence for step `index` with version `focus` in focus, as a message. */
export function describeStepMessage(sim: Simulation, index: number, focus: VersionId): Message {
  const s: Step | undefined = sim.steps[index];
  if (!s) return msg('none');
  const k = sim.scenario.kernel;
  const req = (r: number) => msg('request', { request: r });
  switch (s.type) {
    case 'op-start':
      return s.label
        ? msg('opStartLabel', { op: s.op, kind: s.kind, label: s.label })
        : msg('opStart', { op: s.op, kind: s.kind });
    case 'op-failed':
      return msg('opFailed', { op: s.op, errno: s.errno, reason: s.reason });
    case 'process-fill':
      return msg('processFill', { op: s.op });
    case 'bio-built':
      return msg('bioBuilt', {
        request: req(s.request),
        kind: s.kind,
        count: s.bvecs.length,
        sector: s.sector,
        tuples: s.bvecs
          .slice(0, 4)
          .map((b) => pageTuple(b.page, b.offset, b.length))
          .join(' '),
        more: s.bvecs.length > 4 ? msg('more') : '',
      });
    case 'request-rejected':
      return msg('rejected', { request: req(s.request), errno: s.errno, reason: s.reason });
    case 'sg-new':
      return msg('sgNew', {
        request: req(s.request),
        bvec: s.bvec,
        segment: s.segment,
        because: breakMessage(s.because ?? 'first', k),
      });
    case 'sg-merge':
      return msg('sgMerge', {
        request: req(s.request),
        bvec: s.bvec,
        segment: s.segment,
        length: s.entry.length,
      });
    case 'grant-take':
      return msg('grantTake', {
        request: req(s.request),
        segment: s.segment,
        grant: s.grant,
        how: msg(s.reused ? 'reused' : 'newGrant'),
      });
    case 'write-copy':
      return msg('writeCopy', { request: req(s.request), segment: s.segment, grant: s.grant });
    case 'ring-segment':
      return msg('ringSegment', {
        request: req(s.request),
        segment: s.segment,
        gref: s.gref,
        first: s.firstSect,
        last: s.lastSect,
      });
    case 'backend-reject':
      return msg('backendReject', { request: req(s.request), reason: s.reason });
    case 'backend-transfer':
      return msg(s.direction === 'disk-to-grant' ? 'backendRead' : 'backendWrite', {
        request: req(s.request),
        // "disk 2–3" / "disk 16": as labels.ts's sectorRangeLabel.
        sectors:
          s.sectors === 1
            ? msg('disk', { sector: s.sector })
            : msg('diskRange', { first: s.sector, last: s.sector + s.sectors - 1 }),
        grant: s.grant,
        offset: s.grantOffset,
      });
    case 'completion-copy':
      return msg('completionCopy', {
        request: req(s.request),
        iteration: s.iteration,
        lane: laneIterationMessage(focus, s.lanes[focus]),
      });
    case 'kernel-bug':
      return msg('kernelBug', {
        request: req(s.request),
        versions: s.versions.join(', '),
        message: s.message,
      });
    case 'grant-return':
      return msg('grantReturn', { request: req(s.request), grants: s.grants.join(', ') });
    case 'request-done': {
      const o = s.outcome[focus];
      const tail =
        o.status === 'ok'
          ? msg('corrupted', { count: o.corruptBytes, version: focus })
          : msg('versionStatus', { version: focus, status: o.status });
      return msg('requestDone', { request: req(s.request), status: s.status, tail });
    }
    case 'op-done':
      return msg('opDone', { op: s.op, status: s.status });
    default:
      return assertNever(s, 'step');
  }
}

/** The sentence for step `index` with version `focus` in focus, in English. */
export const describeStep = (sim: Simulation, index: number, focus: VersionId): string =>
  renderMessage(describeStepMessage(sim, index, focus), english);
