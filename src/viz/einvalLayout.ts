// Geometry for an op that never became a request: O_DIRECT refused the buffer (EINVAL, the
// address or length is not a multiple of the logical block size). We draw the pages the buffer
// would touch, the buffer's exact byte range over them (so the misalignment shows), and the error.
import type { Simulation } from '../model';
import type { Span } from './geometry';
import { type Grid, makeGrid } from './grid';
import { type RowFrame, stackRows } from './rows';
import type { PageStrip } from './pipelineLayout';

/** Pages drawn at most; a longer buffer is cut off with a note. */
export const EINVAL_MAX_PAGES = 16;

/** Layout of a failed op. */
export interface EinvalLayout {
  readonly kind: 'einval';
  readonly key: string;
  readonly width: number;
  readonly height: number;
  readonly grid: Grid;
  readonly rows: readonly RowFrame[];
  readonly buffer: { readonly pageLabelY: number; readonly cellsY: number; readonly cellH: number };
  readonly pages: readonly PageStrip[];
  /** The buffer's byte range, one piece per page, in px. */
  readonly range: readonly Span[];
  readonly rangeY: number;
  /** Pages the buffer touches that are not drawn. */
  readonly pagesCut: number;
  readonly messageY: number;
  readonly op: {
    readonly address: number;
    readonly length: number;
    readonly kind: 'read' | 'write';
  };
}

/** Lays out failed op `op` for a pane `width` px wide. */
export function layoutEinval(sim: Simulation, op: number, width: number): EinvalLayout {
  const o = sim.scenario.ops[op]!;
  const ps = sim.scenario.kernel.pageSize;
  const address = o.kind === 'buffer' ? o.address : 0;
  const length = o.kind === 'buffer' ? o.length : 0;
  const first = Math.floor(address / ps);
  const last = Math.floor((address + Math.max(length, 1) - 1) / ps);
  const count = Math.min(last - first + 1, EINVAL_MAX_PAGES);
  const grid = makeGrid({ count, cpp: ps / 512, width, minColW: 60 });
  const rows = stackRows([
    { id: 'buffer', h: 22 + 18 + 22 + 26, title: 'Process buffer the syscall was given' },
    { id: 'message', h: 70, title: 'O_DIRECT refuses the buffer before any I/O' },
  ]);
  const top = rows.at('buffer');
  const pages = Array.from({ length: count }, (_, i) => ({
    page: first + i,
    column: i,
    x: grid.stripX(i),
  }));
  const range: Span[] = [];
  for (let i = 0; i < count; i++) {
    const pageStart = (first + i) * ps;
    const from = Math.max(address, pageStart) - pageStart;
    const to = Math.min(address + length, pageStart + ps) - pageStart;
    if (to > from) range.push({ x0: grid.cellX(i, from / 512), x1: grid.cellX(i, to / 512) });
  }
  return {
    kind: 'einval',
    key: `e${op}|${width}`,
    width: grid.width,
    height: rows.bottom() + 8,
    grid,
    rows: rows.frames(),
    buffer: { pageLabelY: top + 22 + 12, cellsY: top + 22 + 18, cellH: 22 },
    pages,
    range,
    rangeY: top + 22 + 18 + 22 + 4,
    pagesCut: last - first + 1 - count,
    messageY: rows.at('message') + 22,
    op: { address, length, kind: o.op },
  };
}
