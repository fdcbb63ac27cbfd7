// Geometry of a phase map's small multiples: one grid per version over two layout parameters (e.g.
// O_DIRECT buffer page offset × read length), each cell painted by that version's outcome. The
// longer parameter axis runs horizontally so a 8 × 128 map stays legible on a laptop screen.
// Pure: band scales from d3-scale, no DOM.
import { scaleBand } from 'd3-scale';
import type { VersionId } from '../model';
import { PATTERNS, type PatternName } from './palette';

/** What one version did with one cell's layout. */
export type CellOutcome = 'right' | 'wrong' | 'bug';

/** One cell of a phase map: parameter values and each version's outcome. */
export interface PhaseCellInput {
  readonly x: number;
  readonly y: number;
  readonly outcome: Readonly<Record<VersionId, CellOutcome>>;
}

/** The part of the engine's PhaseMap the geometry needs. */
export interface PhaseMapInput {
  readonly xValues: readonly number[];
  readonly yValues: readonly number[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly cells: readonly PhaseCellInput[];
}

/** A tick on one axis: the parameter value, its position (band centre) and its label. */
export interface AxisTick {
  readonly value: number;
  readonly pos: number;
  readonly label: string;
}

/** One cell's rectangle, the same in every version's multiple. */
export interface CellRect {
  /** Index into the map's `cells`. */
  readonly index: number;
  /** Column and row in the drawn grid (row 0 at the top). */
  readonly col: number;
  readonly row: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The layout of one small multiple (all versions share it). */
export interface PhaseMapGeometry {
  readonly width: number;
  readonly height: number;
  /** The plot area inside the margins. */
  readonly plot: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** True when the map's y parameter runs horizontally (it has more values than x). */
  readonly transposed: boolean;
  readonly columns: number;
  readonly rows: number;
  /** Parameter shown along the horizontal axis and along the vertical one. */
  readonly hLabel: string;
  readonly vLabel: string;
  readonly hTicks: readonly AxisTick[];
  readonly vTicks: readonly AxisTick[];
  readonly cells: readonly CellRect[];
  /** cellAt[row][col] = index into `cells` of the map, or -1 where the map has no cell. */
  readonly grid: readonly (readonly number[])[];
}

/** Widest plot area, in SVG user units (a multiple is scaled down by CSS on narrow screens). */
export const MAX_PLOT_WIDTH = 960;
/** Plot height the rows share, before clamping each row to [MIN_CELL, MAX_CELL]. */
const TARGET_PLOT_HEIGHT = 120;
const MIN_CELL = 6;
const MAX_CELL = 28;
/** Room for tick labels and the axis titles. */
export const MARGIN = { top: 20, right: 12, bottom: 36, left: 46 } as const;
/** Tick labels at most per axis; values between them are left unlabelled. */
const MAX_TICKS = 17;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** "512", "3584", "4K", "64K": a byte count for a tick label (K = 1024). */
export function formatBytesShort(bytes: number): string {
  return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024}K` : String(bytes);
}

/** Ticks for `values` laid out by `pos`: every stride-th value, so at most MAX_TICKS labels. */
function ticks(values: readonly number[], pos: (i: number) => number): AxisTick[] {
  const stride = Math.max(1, Math.ceil(values.length / MAX_TICKS));
  const out: AxisTick[] = [];
  values.forEach((value, i) => {
    // The first value, then the ones that end each stride (e.g. 512, 8K, 16K ... for lengths).
    if (i === 0 || (i + 1) % stride === 0)
      out.push({ value, pos: pos(i), label: formatBytesShort(value) });
  });
  return out;
}

/** Lays out one small multiple of `map`. */
export function phaseMapGeometry(map: PhaseMapInput): PhaseMapGeometry {
  const transposed = map.yValues.length > map.xValues.length;
  const hValues = transposed ? map.yValues : map.xValues;
  const vValues = transposed ? map.xValues : map.yValues;
  const columns = hValues.length;
  const rows = vValues.length;
  const cellW = clamp(MAX_PLOT_WIDTH / Math.max(1, columns), MIN_CELL, MAX_CELL);
  const cellH = clamp(TARGET_PLOT_HEIGHT / Math.max(1, rows), MIN_CELL + 4, MAX_CELL);
  const plot = { x: MARGIN.left, y: MARGIN.top, width: cellW * columns, height: cellH * rows };

  const h = scaleBand<number>()
    .domain(hValues.map((_, i) => i))
    .range([plot.x, plot.x + plot.width]);
  // Row 0 at the top holds the smallest value, as in a table read top-down.
  const v = scaleBand<number>()
    .domain(vValues.map((_, i) => i))
    .range([plot.y, plot.y + plot.height]);

  const colOf = new Map(hValues.map((value, i) => [value, i]));
  const rowOf = new Map(vValues.map((value, i) => [value, i]));
  const grid = vValues.map(() => hValues.map(() => -1));
  const cells: CellRect[] = [];
  map.cells.forEach((c, index) => {
    const col = colOf.get(transposed ? c.y : c.x);
    const row = rowOf.get(transposed ? c.x : c.y);
    if (col === undefined || row === undefined) return;
    grid[row]![col] = index;
    cells.push({
      index,
      col,
      row,
      x: h(col)!,
      y: v(row)!,
      width: h.bandwidth(),
      height: v.bandwidth(),
    });
  });

  return {
    width: MARGIN.left + plot.width + MARGIN.right,
    height: MARGIN.top + plot.height + MARGIN.bottom,
    plot,
    transposed,
    columns,
    rows,
    hLabel: transposed ? map.yLabel : map.xLabel,
    vLabel: transposed ? map.xLabel : map.yLabel,
    hTicks: ticks(hValues, (i) => h(i)! + h.bandwidth() / 2),
    vTicks: ticks(vValues, (i) => v(i)! + v.bandwidth() / 2),
    cells,
    grid,
  };
}

/** The cell reached from (row, col) by an arrow key, skipping holes; null at the edge. */
export function neighbourCell(
  g: PhaseMapGeometry,
  row: number,
  col: number,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
): number | null {
  const [dr, dc] =
    key === 'ArrowLeft'
      ? [0, -1]
      : key === 'ArrowRight'
        ? [0, 1]
        : key === 'ArrowUp'
          ? [-1, 0]
          : [1, 0];
  for (let r = row + dr, c = col + dc; r >= 0 && r < g.rows && c >= 0 && c < g.columns;) {
    const index = g.grid[r]![c]!;
    if (index >= 0) return index;
    r += dr;
    c += dc;
  }
  return null;
}

/** How an outcome is painted: colour, plus a texture so colour is never the only cue. */
export interface OutcomePaint {
  readonly fill: string;
  /** A palette pattern overlaid on the fill, or 'bug' for the phase map's own dotted texture. */
  readonly pattern: PatternName | 'bug' | null;
  readonly className: string;
  /** Words for the legend and tooltips. */
  readonly words: string;
}

/** Paint per outcome: the pipeline's right / wrong colours (palette tokens), BUG dark and dotted. */
export const OUTCOME_PAINT: Readonly<Record<CellOutcome, OutcomePaint>> = {
  right: {
    fill: 'var(--pv-right)',
    pattern: null,
    className: 'pm-right',
    words: 'right: every byte from the grant the backend filled',
  },
  wrong: {
    fill: 'var(--pv-wrong)',
    pattern: PATTERNS.wrong,
    className: 'pm-wrong',
    words: 'wrong: some bytes copied from the wrong grant or offset',
  },
  bug: {
    fill: 'var(--pv-bug)',
    pattern: 'bug',
    className: 'pm-bug',
    words: 'kernel BUG (the completion oopses)',
  },
};

/** Counts of each outcome for one version over a map. */
export function outcomeCounts(
  map: PhaseMapInput,
  version: VersionId,
): Readonly<Record<CellOutcome, number>> {
  const counts = { right: 0, wrong: 0, bug: 0 };
  for (const c of map.cells) counts[c.outcome[version]] += 1;
  return counts;
}

/** One SVG path covering `rects` (one subpath each), so a chart paints each outcome in one element. */
export function rectsPath(rects: readonly CellRect[]): string {
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return rects
    .map((r) => `M${r2(r.x)},${r2(r.y)}h${r2(r.width)}v${r2(r.height)}h${r2(-r.width)}z`)
    .join('');
}

/** The cells of `g` grouped by `version`'s outcome. */
export function cellsByOutcome(
  g: PhaseMapGeometry,
  map: PhaseMapInput,
  version: VersionId,
): Readonly<Record<CellOutcome, readonly CellRect[]>> {
  const out: Record<CellOutcome, CellRect[]> = { right: [], wrong: [], bug: [] };
  for (const r of g.cells) out[map.cells[r.index]!.outcome[version]].push(r);
  return out;
}
