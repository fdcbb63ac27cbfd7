// What a cell holds at a step, in the terms the pipeline view colours by: this request's data for
// segment k, stale data an earlier request left, a fresh page's uninitialised bytes; and for the
// process's buffer, whether the completion copy put the right data there.
import { differingBytes } from './content/bytes';
import type { Simulation } from './simulate';
import type { VersionId } from './versions';

/** Content class of a grant page cell after a step. */
export type GrantCellState =
  | {
      readonly kind: 'data';
      readonly request: number;
      readonly segment: number;
      readonly step: number;
    }
  | {
      readonly kind: 'write-data';
      readonly request: number;
      readonly segment: number;
      readonly step: number;
    }
  | { readonly kind: 'stale'; readonly request: number; readonly step: number }
  | { readonly kind: 'uninit' };

/** Content class of a process memory cell after a step. */
export type MemoryCellState =
  | { readonly kind: 'initial' }
  | { readonly kind: 'fill'; readonly op: number; readonly step: number }
  /** Written by a completion copy: right (same ref as the oracle), or misdirected, with how many bytes differ. */
  | {
      readonly kind: 'copied';
      readonly request: number;
      readonly step: number;
      readonly right: boolean;
      readonly corruptBytes: number;
    }
  | { readonly kind: 'other'; readonly step: number };

/** Class of cell `cell` of grant `grant` on version `v`'s lane after `step`, relative to the request then in progress. */
export function grantCellState(
  sim: Simulation,
  v: VersionId,
  grant: number,
  cell: number,
  step: number,
): GrantCellState {
  const { writtenAt } = sim.lanes[v].at('grant', grant, cell, step);
  if (writtenAt === null) return { kind: 'uninit' };
  const w = sim.steps[writtenAt]!;
  const current = sim.steps[step]?.after.request ?? null;
  if ((w.type === 'backend-transfer' || w.type === 'write-copy') && w.request === current) {
    return {
      kind: w.type === 'backend-transfer' ? 'data' : 'write-data',
      request: w.request,
      segment: w.segment,
      step: writtenAt,
    };
  }
  return { kind: 'stale', request: 'request' in w ? w.request : -1, step: writtenAt };
}

/** Class of cell `cell` of process page `page` on version `v`'s lane after `step`. */
export function memoryCellState(
  sim: Simulation,
  v: VersionId,
  page: number,
  cell: number,
  step: number,
): MemoryCellState {
  const { ref, writtenAt } = sim.lanes[v].at('memory', page, cell, step);
  if (writtenAt === null) return { kind: 'initial' };
  const w = sim.steps[writtenAt]!;
  if (w.type === 'process-fill') return { kind: 'fill', op: w.op, step: writtenAt };
  if (w.type === 'completion-copy') {
    const expected = sim.lanes.oracle.at('memory', page, cell, step).ref;
    const corruptBytes = differingBytes(ref, expected, sim.roots, sim.image);
    return {
      kind: 'copied',
      request: w.request,
      step: writtenAt,
      right: ref === expected,
      corruptBytes,
    };
  }
  return { kind: 'other', step: writtenAt };
}

/** The first completion step at which the versions disagree on right vs wrong (null: never). */
export function firstDivergentStep(sim: Simulation): number | null {
  for (const s of sim.steps) {
    if (s.type !== 'completion-copy') continue;
    const verdicts = new Set(
      Object.values(s.lanes).map((l) =>
        l.kind === 'copy'
          ? l.misdirectedBytes > 0
            ? 'wrong'
            : 'right'
          : l.kind === 'bug'
            ? 'bug'
            : 'idle',
      ),
    );
    verdicts.delete('idle');
    if (verdicts.size > 1) return s.index;
  }
  return null;
}
