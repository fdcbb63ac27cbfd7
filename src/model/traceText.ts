// The trace as readable text, one line per step: golden files, `simulate --trace`, and bug reports.
import { assertNever } from '../lib/assert';
import type { Simulation } from './simulate';
import { formatBvecs } from './stages/bvec';
import type { LaneIteration, Step } from './trace';
import { VERSION_IDS } from './versions';

function laneText(it: LaneIteration): string {
  switch (it.kind) {
    case 'copy': {
      const c = it.copy;
      const dst = c.bvec !== null ? `bvec ${c.bvec}` : `sg ${c.iteration}`;
      const stale = it.staleSlot ? ' STALE-SLOT' : '';
      const verdict = it.misdirectedBytes === 0 ? 'ok' : `WRONG ${it.misdirectedBytes}B`;
      return `i=${c.grantIndex}${stale} grant#${it.grant}@${c.srcOffset} -> ${dst} P${c.page}@${c.dstOffset}+${c.length} ${verdict}`;
    }
    case 'bug':
      return `BUG ${it.message}`;
    case 'idle':
      return '-';
    case 'not-run':
      return 'not-run';
    default:
      return assertNever(it);
  }
}

/** One line describing a step. */
export function stepText(step: Step): string {
  const n = String(step.index).padStart(4, ' ');
  switch (step.type) {
    case 'op-start':
      return `${n} op ${step.op} ${step.kind}${step.label ? `: ${step.label}` : ''}`;
    case 'op-failed':
      return `${n} op ${step.op} ${step.errno}: ${step.reason}`;
    case 'process-fill':
      return `${n} op ${step.op} process fills ${formatBvecs(step.ranges)}`;
    case 'bio-built':
      return `${n} req ${step.request} ${step.kind} sector ${step.sector} bvecs ${formatBvecs(step.bvecs)}`;
    case 'request-rejected':
      return `${n} req ${step.request} ${step.errno}: ${step.reason}`;
    case 'sg-new':
      return `${n} req ${step.request} sg ${step.segment} NEW for bvec ${step.bvec} (${step.because}) -> (P${step.entry.page},${step.entry.offset},${step.entry.length})`;
    case 'sg-merge':
      return `${n} req ${step.request} sg ${step.segment} MERGE bvec ${step.bvec} -> (P${step.entry.page},${step.entry.offset},${step.entry.length})`;
    case 'grant-take':
      return `${n} req ${step.request} seg ${step.segment} takes grant#${step.grant} (${step.reused ? 'reused' : 'new page'}) free=[${step.after.poolFree.join(',')}]`;
    case 'write-copy':
      return `${n} req ${step.request} seg ${step.segment} WRITE copy into grant#${step.grant}`;
    case 'ring-segment':
      return `${n} req ${step.request} seg[${step.segment}] gref=${step.gref} first_sect=${step.firstSect} last_sect=${step.lastSect}`;
    case 'backend-reject':
      return `${n} req ${step.request} backend rejects: ${step.reason}`;
    case 'backend-transfer':
      return `${n} req ${step.request} backend seg ${step.segment} ${step.direction} sectors ${step.sector}..${step.sector + step.sectors - 1} grant#${step.grant}@${step.grantOffset}`;
    case 'completion-copy':
      return `${n} req ${step.request} copy ${step.iteration}: ${VERSION_IDS.map((v) => `${v} ${laneText(step.lanes[v])}`).join(' | ')}`;
    case 'kernel-bug':
      return `${n} req ${step.request} kernel BUG (${step.where}) in ${step.versions.join(',')}: ${step.message}`;
    case 'grant-return':
      return `${n} req ${step.request} grants back [${step.grants.join(',')}] free=[${step.after.poolFree.join(',')}]`;
    case 'request-done':
      return `${n} req ${step.request} done ${step.status}: ${VERSION_IDS.map((v) => {
        const o = step.outcome[v];
        return `${v} ${o.status} misdirected=${o.misdirectedBytes} corrupt=${o.corruptBytes}`;
      }).join(' | ')}`;
    case 'op-done':
      return `${n} op ${step.op} done ${step.status}`;
    default:
      return assertNever(step);
  }
}

/** The whole trace as text (the simulation must have been traced). */
export function traceText(sim: Simulation): string {
  return `${sim.steps.map(stepText).join('\n')}\n`;
}
