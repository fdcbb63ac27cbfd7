// One sentence for the pipeline's accessible name: what the step did, in the focused version's
// terms for completion copies ("Request 2: copy 1 — 0a8704a51 copies grant 0 bytes 0-4095 into
// bio_vec 1: wrong"). Screen readers announce it; tests find the pipeline by it.
import { assertNever } from '../lib/assert';
import type { LaneIteration, Simulation, Step, VersionId } from '../model';
import { pageTuple, sectorRangeLabel, sgBreakLabel } from './labels';

/** Bytes a-b of a grant, inclusive, as the kernel notes write them. */
const byteRange = (offset: number, length: number) => `bytes ${offset}-${offset + length - 1}`;

/** What version `v` did at a completion-copy iteration. */
export function describeLaneIteration(v: VersionId, it: LaneIteration): string {
  switch (it.kind) {
    case 'copy': {
      const c = it.copy;
      const into = c.bvec === null ? `sg entry ${c.iteration}` : `bio_vec ${c.bvec}`;
      const verdict = it.misdirectedBytes > 0 ? 'wrong' : 'right';
      const stale = it.staleSlot ? ' (stale slot)' : '';
      return `${v} copies grant ${c.grantIndex}${stale} ${byteRange(c.srcOffset, c.length)} into ${into}: ${verdict}`;
    }
    case 'bug':
      return `${v} hits a kernel BUG: ${it.message}`;
    case 'idle':
      return `${v} has nothing left to copy`;
    case 'not-run':
      return `${v} is not running (its kernel hit a BUG earlier)`;
    default:
      return assertNever(it, 'lane iteration');
  }
}

/** The sentence for step `index` with version `focus` in focus. */
export function describeStep(sim: Simulation, index: number, focus: VersionId): string {
  const s: Step | undefined = sim.steps[index];
  if (!s) return 'Nothing to show: the scenario has no steps.';
  const k = sim.scenario.kernel;
  const req = (r: number) => `Request ${r}`;
  switch (s.type) {
    case 'op-start':
      return `Op ${s.op} starts: ${s.kind}${s.label ? ` — ${s.label}` : ''}`;
    case 'op-failed':
      return `Op ${s.op} fails with ${s.errno}: ${s.reason}`;
    case 'process-fill':
      return `Op ${s.op}: the process writes its data into the buffer`;
    case 'bio-built':
      return `${req(s.request)}: ${s.kind} of ${s.bvecs.length} bio_vec${s.bvecs.length === 1 ? '' : 's'} at sector ${s.sector}: ${s.bvecs
        .slice(0, 4)
        .map((b) => pageTuple(b.page, b.offset, b.length))
        .join(' ')}${s.bvecs.length > 4 ? ' …' : ''}`;
    case 'request-rejected':
      return `${req(s.request)} is rejected with ${s.errno}: ${s.reason}`;
    case 'sg-new':
      return `${req(s.request)}: bio_vec ${s.bvec} starts scatterlist entry ${s.segment} (${sgBreakLabel(s.because ?? 'first', k)})`;
    case 'sg-merge':
      return `${req(s.request)}: bio_vec ${s.bvec} joins scatterlist entry ${s.segment}, now ${s.entry.length} bytes`;
    case 'grant-take':
      return `${req(s.request)}: segment ${s.segment} takes grant ${s.grant} (${s.reused ? 'reused from the pool' : 'new page'})`;
    case 'write-copy':
      return `${req(s.request)}: segment ${s.segment}'s data is copied into grant ${s.grant}`;
    case 'ring-segment':
      return `${req(s.request)}: seg[${s.segment}] gref=${s.gref} first_sect=${s.firstSect} last_sect=${s.lastSect}`;
    case 'backend-reject':
      return `${req(s.request)}: the backend rejects the request: ${s.reason}`;
    case 'backend-transfer':
      return `${req(s.request)}: the backend ${s.direction === 'disk-to-grant' ? 'reads' : 'writes'} ${sectorRangeLabel(s.sector, s.sectors)} ${s.direction === 'disk-to-grant' ? 'into' : 'from'} grant ${s.grant} at byte ${s.grantOffset}`;
    case 'completion-copy':
      return `${req(s.request)}: copy ${s.iteration} — ${describeLaneIteration(focus, s.lanes[focus])}`;
    case 'kernel-bug':
      return `${req(s.request)}: kernel BUG in ${s.versions.join(', ')}: ${s.message}`;
    case 'grant-return':
      return `${req(s.request)}: grants ${s.grants.join(', ')} go back to the pool`;
    case 'request-done': {
      const o = s.outcome[focus];
      const tail =
        o.status === 'ok'
          ? `${o.corruptBytes} corrupted byte${o.corruptBytes === 1 ? '' : 's'} under ${focus}`
          : `${focus}: ${o.status}`;
      return `${req(s.request)} done (${s.status}): ${tail}`;
    }
    case 'op-done':
      return `Op ${s.op} done: ${s.status}`;
    default:
      return assertNever(s, 'step');
  }
}
