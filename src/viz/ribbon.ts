// Paths for the things that move data: a completion copy's ribbon (grant cells -> buffer cells),
// the backend's arrow (disk -> grant) and the thin connectors between stages. Each takes a
// progress t in [0, 1] and draws itself that far along, so the UI animates by passing t.
import { interpolateNumber } from 'd3-interpolate';
import { area, curveBumpY, linkVertical } from 'd3-shape';
import type { SpanAt } from './geometry';

const ribbonArea = area<SpanAt>()
  .x0((d) => d.x0)
  .x1((d) => d.x1)
  .y((d) => d.y)
  .curve(curveBumpY);

/** The end of a ribbon at progress t: the destination span, reached by moving from the source. */
export function ribbonEnd(src: SpanAt, dst: SpanAt, t: number): SpanAt {
  return {
    x0: interpolateNumber(src.x0, dst.x0)(t),
    x1: interpolateNumber(src.x1, dst.x1)(t),
    y: interpolateNumber(src.y, dst.y)(t),
  };
}

/** A ribbon from the source span down to the destination span, drawn to progress t. */
export function ribbonPath(src: SpanAt, dst: SpanAt, t = 1): string {
  return ribbonArea([src, ribbonEnd(src, dst, t)]) ?? '';
}

/** A point in px. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

const link = linkVertical<{ source: Point; target: Point }, Point>()
  .x((p) => p.x)
  .y((p) => p.y);

/** A vertical S-curve connector from `from` towards `to`, drawn to progress t. */
export function connectorPath(from: Point, to: Point, t = 1): string {
  const target = {
    x: interpolateNumber(from.x, to.x)(t),
    y: interpolateNumber(from.y, to.y)(t),
  };
  return link({ source: from, target }) ?? '';
}

/** Size of an arrow head, px. */
const HEAD = 6;

/** A downward arrow from (x, y0) towards (x, y1), drawn to progress t: shaft and head paths. */
export function arrowPaths(
  x: number,
  y0: number,
  y1: number,
  t = 1,
): { shaft: string; head: string } {
  const tip = interpolateNumber(y0, y1)(t);
  const base = Math.max(y0, tip - HEAD);
  return {
    shaft: `M${x},${y0}V${base}`,
    head: `M${x - HEAD / 2 - 1},${base}L${x + HEAD / 2 + 1},${base}L${x},${tip}Z`,
  };
}
