// The column grid every page-sized strip sits on: a d3 band scale over columns, and inside each
// strip one 512-byte cell per unit of a linear scale. Cells grow to fill the pane (up to a size
// that still reads as "cells"), never shrink below the legible minimum, and columns are never
// narrower than the widest label they must hold; past that the content is wider than the pane and
// the view pans and zooms.
import { scaleBand, scaleLinear } from 'd3-scale';
import { clamp } from './geometry';

/** Smallest cell width, px: below this the cell grid stops reading as cells. */
export const MIN_CELL_PX = 10;
/** Largest cell width, px: wider cells only spread a small request over a big screen. */
export const MAX_CELL_PX = 30;
/** Gap between columns, px. */
export const COLUMN_GAP_PX = 14;
/** Left and right margin of the content, px. */
export const MARGIN_X_PX = 12;

/** The column grid of one layout. */
export interface Grid {
  /** 512-byte cells per page. */
  readonly cpp: number;
  readonly cellW: number;
  /** Width of a page strip (cpp cells). */
  readonly stripW: number;
  /** Width of a column (at least the strip, at least the widest label). */
  readonly colW: number;
  readonly count: number;
  /** Total content width, px (at least the pane width). */
  readonly width: number;
  /** Left edge of column `col`. */
  columnX(col: number): number;
  /** Left edge of the strip in column `col` (strips are centred in their column). */
  stripX(col: number): number;
  /** Left edge of cell `cell` of the strip in column `col` (fractional cells allowed). */
  cellX(col: number, cell: number): number;
}

/** Grid parameters. */
export interface GridInput {
  readonly count: number;
  readonly cpp: number;
  /** Pane width, px. */
  readonly width: number;
  /** Narrowest column the labels allow, px. */
  readonly minColW: number;
}

/** Builds the grid (see file comment). */
export function makeGrid({ count, cpp, width, minColW }: GridInput): Grid {
  const n = Math.max(1, count);
  const avail = width - 2 * MARGIN_X_PX - (n - 1) * COLUMN_GAP_PX;
  const fit = avail / (n * cpp);
  // Labels set a floor on column width; let cells grow into it rather than leave strips narrow.
  const cellW = clamp(Math.max(fit, minColW / cpp), MIN_CELL_PX, MAX_CELL_PX);
  const stripW = cellW * cpp;
  const colW = Math.max(stripW, minColW);
  const used = n * colW + (n - 1) * COLUMN_GAP_PX;
  const band = scaleBand<number>()
    .domain(Array.from({ length: n }, (_, i) => i))
    .range([MARGIN_X_PX, MARGIN_X_PX + used])
    .paddingInner(n > 1 ? COLUMN_GAP_PX / (colW + COLUMN_GAP_PX) : 0)
    .paddingOuter(0);
  const inStrip = scaleLinear().domain([0, cpp]).range([0, stripW]);
  const columnX = (col: number) => band(col) ?? MARGIN_X_PX + col * (colW + COLUMN_GAP_PX);
  const stripX = (col: number) => columnX(col) + (colW - stripW) / 2;
  return {
    cpp,
    cellW,
    stripW,
    colW,
    count: n,
    width: Math.max(width, used + 2 * MARGIN_X_PX),
    columnX,
    stripX,
    cellX: (col, cell) => stripX(col) + inStrip(cell),
  };
}
