// What colour class each drawn cell gets at a step: grant page cells (on the focused version's
// lane, relative to the request in progress) and the process buffer cells of each version's lane.
// Built on the model's grantCellState / memoryCellState; only cells the request covers are
// classified (the rest of a touched page is context), which keeps a 256-segment step cheap.
import type { RequestRecord, Simulation, VersionId } from '../model';
import { grantCellState, memoryCellState, type MemoryCellState } from '../model/cellState';

/** A grant page cell. `code` identifies the look, so unchanged strips can skip re-rendering. */
export type GrantCell =
  | {
      readonly kind: 'data' | 'write-data';
      readonly segment: number;
      /** Disk sector the data came from (READ) or goes to (WRITE). */
      readonly sector: number | null;
      readonly fresh: boolean;
      readonly code: string;
    }
  | {
      readonly kind: 'stale';
      readonly request: number;
      readonly fresh: boolean;
      readonly code: string;
    }
  | { readonly kind: 'uninit'; readonly fresh: false; readonly code: string };

/** A process buffer cell in one version's lane. */
export interface LaneCell {
  /** outside: not part of this request; pending: not yet copied by this request. */
  readonly kind: 'outside' | 'pending' | 'right' | 'misdirected' | 'corrupt' | 'fill';
  /** Bytes that differ from the disk (corrupt cells). */
  readonly corruptBytes: number;
  /** Written at exactly this step (fades in). */
  readonly fresh: boolean;
  readonly code: string;
}

/** Cells of grant `grant` on lane `v` after `step`, classified for request `request`. */
export function grantCells(
  sim: Simulation,
  v: VersionId,
  grant: number,
  step: number,
): GrantCell[] {
  const cpp = sim.scenario.kernel.pageSize / 512;
  const cells: GrantCell[] = [];
  for (let c = 0; c < cpp; c++) {
    const s = grantCellState(sim, v, grant, c, step);
    if (s.kind === 'uninit') {
      cells.push({ kind: 'uninit', fresh: false, code: 'u' });
    } else if (s.kind === 'stale') {
      const fresh = s.step === step;
      cells.push({
        kind: 'stale',
        request: s.request,
        fresh,
        code: `s${s.request}${fresh ? '*' : ''}`,
      });
    } else {
      const w = sim.steps[s.step];
      const sector = w?.type === 'backend-transfer' ? w.sector + c - w.grantOffset / 512 : null;
      const fresh = s.step === step;
      cells.push({
        kind: s.kind,
        segment: s.segment,
        sector,
        fresh,
        code: `${s.kind === 'data' ? 'd' : 'w'}${s.segment}${fresh ? '*' : ''}`,
      });
    }
  }
  return cells;
}

/** For each page of the request, which cells its bio_vecs cover. */
export function coveredCells(r: RequestRecord, cpp: number): Map<number, boolean[]> {
  const covered = new Map<number, boolean[]>();
  for (const bv of r.bvecs) {
    const cells = covered.get(bv.page) ?? new Array<boolean>(cpp).fill(false);
    for (let c = bv.offset / 512; c < (bv.offset + bv.length) / 512; c++) cells[c] = true;
    covered.set(bv.page, cells);
  }
  return covered;
}

const OUTSIDE: LaneCell = { kind: 'outside', corruptBytes: 0, fresh: false, code: 'o' };
const PENDING: LaneCell = { kind: 'pending', corruptBytes: 0, fresh: false, code: 'p' };

/**
 * memoryCellState per (version, page, cell, step that wrote it), per simulation. A written cell's
 * verdict cannot change until it is written again (the oracle side of the comparison was written
 * before this request's copies), and deciding it materialises 1 KiB of bytes, which a
 * 256-segment request would otherwise redo for every cell at every step.
 */
const verdicts = new WeakMap<Simulation, Map<string, MemoryCellState>>();

function cachedMemoryState(
  sim: Simulation,
  v: VersionId,
  page: number,
  c: number,
  step: number,
): MemoryCellState {
  const { writtenAt } = sim.lanes[v].at('memory', page, c, step);
  if (writtenAt === null) return INITIAL;
  let cache = verdicts.get(sim);
  if (!cache) verdicts.set(sim, (cache = new Map()));
  const key = `${v}|${page}|${c}|${writtenAt}`;
  let state = cache.get(key);
  if (!state) cache.set(key, (state = memoryCellState(sim, v, page, c, writtenAt)));
  return state;
}

const INITIAL: MemoryCellState = { kind: 'initial' };

/** Cells of process page `page` on lane `v` after `step`, classified for request `r`. */
export function laneCells(
  sim: Simulation,
  v: VersionId,
  r: RequestRecord,
  page: number,
  covered: readonly boolean[],
  step: number,
): LaneCell[] {
  return covered.map((inRequest, c) => {
    if (!inRequest) return OUTSIDE;
    const s = cachedMemoryState(sim, v, page, c, step);
    const fresh = s.kind !== 'initial' && s.step === step;
    if (s.kind === 'fill' && r.kind === 'write')
      return { ...PENDING, kind: 'fill', code: 'f', fresh };
    if (s.kind !== 'copied' || s.request !== r.index) return PENDING;
    const kind = s.right ? 'right' : s.corruptBytes > 0 ? 'corrupt' : 'misdirected';
    return { kind, corruptBytes: s.corruptBytes, fresh, code: `${kind[0]}${fresh ? '*' : ''}` };
  });
}

/** Whether two cell lists look the same (memoised strips compare by this). */
export const sameCells = (
  a: readonly { readonly code: string }[],
  b: readonly { readonly code: string }[],
): boolean => a.length === b.length && a.every((cell, i) => cell.code === b[i]!.code);
