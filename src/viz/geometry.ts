// Shared geometry vocabulary of the pipeline view: boxes, spans, type sizes, and a text-width
// estimate. Layout runs without a DOM (tests, workers), so text is measured from character counts
// in monospace, where the estimate is reliable, with a safety margin rather than getBBox().

/** An axis-aligned rectangle in SVG user units (px at zoom 1). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A horizontal extent [x0, x1) in px. */
export interface Span {
  readonly x0: number;
  readonly x1: number;
}

/** A horizontal extent at a given y (one end of a ribbon or arrow). */
export interface SpanAt extends Span {
  readonly y: number;
}

/** Font sizes in px at zoom 1; nothing is smaller than `small` (11 px, the legibility floor). */
export const FONT = { title: 13, label: 12, mono: 11, small: 11 } as const;

/**
 * Advance width of one monospace character in em. DejaVu Sans Mono and Menlo are 0.602 em,
 * Consolas 0.55; 0.62 leaves room for the widest of them so estimated boxes never clip.
 */
const MONO_CHAR_EM = 0.62;

/** Height of one text line in boxes, px. */
export const LINE_H = 14;

/** Horizontal padding inside a text box, px (each side). */
export const BOX_PAD_X = 6;

/** Width of `text` in monospace at `size` px. */
export const monoWidth = (text: string, size: number = FONT.mono): number =>
  Math.ceil([...text].length * size * MONO_CHAR_EM);

/** Width of a box holding `lines` of monospace text at `size` px, padding included. */
export const textBoxWidth = (lines: readonly string[], size: number = FONT.mono): number =>
  Math.max(0, ...lines.map((l) => monoWidth(l, size))) + 2 * BOX_PAD_X;

/** Height of a box holding `n` lines, padding included. */
export const textBoxHeight = (n: number): number => n * LINE_H + 8;

/** Centre of a span. */
export const spanCentre = (s: Span): number => (s.x0 + s.x1) / 2;

/** Whether two spans overlap (touching does not count). */
export const spansOverlap = (a: Span, b: Span): boolean => a.x0 < b.x1 && b.x0 < a.x1;

/** Clamps `v` into [lo, hi] (lo wins when the range is empty). */
export const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));
