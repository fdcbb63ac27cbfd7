// Interval packing: labels and boxes that want the same horizontal space go to different
// sub-rows instead of overlapping. Sorting by left edge and taking the first free sub-row uses the
// fewest sub-rows possible for intervals (greedy interval-graph colouring is optimal).
import type { Span } from './geometry';

/** Sub-row of each input span (same order as the input) and how many sub-rows were used. */
export interface Packing {
  readonly rows: readonly number[];
  readonly count: number;
}

/** Assigns each span the first sub-row where it keeps `gap` px from the spans already there. */
export function packRows(spans: readonly Span[], gap: number): Packing {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.x0 - spans[b]!.x0 || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const s = spans[i]!;
    let r = rowEnds.findIndex((end) => end + gap <= s.x0);
    if (r < 0) {
      r = rowEnds.length;
      rowEnds.push(s.x1);
    } else rowEnds[r] = s.x1;
    rows[i] = r;
  }
  return { rows, count: rowEnds.length };
}

/** A span of width `w` centred on `centre`, shifted as little as needed to stay inside [lo, hi]. */
export function centredSpan(centre: number, w: number, lo: number, hi: number): Span {
  const x0 = Math.min(Math.max(centre - w / 2, lo), Math.max(lo, hi - w));
  return { x0, x1: x0 + w };
}
