// Colours, patterns and glyphs of the pipeline view as names, not values: the values are CSS
// custom properties in src/ui/pipeline/pipeline.css (one set for light, one for dark), so the
// theme follows prefers-color-scheme without re-rendering. Every state that colour tells apart
// is also told apart by a pattern or a glyph, for colour-blind readers and greyscale projectors.
import type { GrantCell, LaneCell } from './cellClasses';

/** Size of the categorical palette for segments (colours repeat after this; labels do not). */
export const SEGMENT_COLOURS = 8;

/** Fill of segment k's data (a CSS custom property). */
export const segmentFill = (segment: number): string =>
  `var(--pv-seg-${((segment % SEGMENT_COLOURS) + SEGMENT_COLOURS) % SEGMENT_COLOURS})`;

/** Pattern ids (suffixes: the UI prefixes them per SVG so two views never share ids). */
export const PATTERNS = {
  /** Diagonal hatch: stale grant content left by an earlier request. */
  stale: 'stale',
  /** Dots: uninitialised memory of a freshly allocated grant page. */
  uninit: 'uninit',
  /** Cross-hatch overlay: a misdirected (wrong) copy, in lanes and on ribbons. */
  wrong: 'wrong',
  /** Horizontal lines overlay: data a WRITE put into the grant page. */
  write: 'write',
} as const;

/** Pattern name. */
export type PatternName = keyof typeof PATTERNS;

/** How a cell is painted: a fill, an optional pattern overlay, an optional glyph. */
export interface CellPaint {
  readonly fill: string;
  readonly pattern: PatternName | null;
  readonly glyph: string | null;
  /** CSS class for stroke and glyph colour. */
  readonly className: string;
}

/** Paint of a grant cell. */
export function grantCellPaint(cell: GrantCell): CellPaint {
  switch (cell.kind) {
    case 'data':
      return {
        fill: segmentFill(cell.segment),
        pattern: null,
        glyph: null,
        className: 'pv-c-data',
      };
    case 'write-data':
      return {
        fill: segmentFill(cell.segment),
        pattern: 'write',
        glyph: null,
        className: 'pv-c-data',
      };
    case 'stale':
      return { fill: 'var(--pv-stale)', pattern: 'stale', glyph: null, className: 'pv-c-stale' };
    case 'uninit':
      return { fill: 'var(--pv-uninit)', pattern: 'uninit', glyph: null, className: 'pv-c-uninit' };
  }
}

/** Paint of a lane (process buffer) cell. */
export function laneCellPaint(cell: LaneCell): CellPaint {
  switch (cell.kind) {
    case 'outside':
      return { fill: 'var(--pv-outside)', pattern: null, glyph: null, className: 'pv-c-outside' };
    case 'pending':
      return { fill: 'var(--pv-pending)', pattern: null, glyph: null, className: 'pv-c-pending' };
    case 'fill':
      return { fill: 'var(--pv-fill)', pattern: null, glyph: 'W', className: 'pv-c-fill' };
    case 'right':
      return { fill: 'var(--pv-right)', pattern: null, glyph: '✓', className: 'pv-c-right' };
    case 'misdirected':
      return {
        fill: 'var(--pv-misdirected)',
        pattern: 'wrong',
        glyph: '✗',
        className: 'pv-c-misdirected',
      };
    case 'corrupt':
      return { fill: 'var(--pv-wrong)', pattern: 'wrong', glyph: '✗', className: 'pv-c-corrupt' };
  }
}

/** Plain-words name of a lane cell class (legend and titles). */
export const LANE_CELL_WORDS: Readonly<Record<LaneCell['kind'], string>> = {
  outside: 'not part of this request',
  pending: 'not copied yet',
  fill: 'data the process wrote (to be sent to disk)',
  right: 'right: the bytes the disk holds there',
  misdirected: 'wrong grant, but the bytes happen to match',
  corrupt: 'corrupted: bytes from the wrong place',
};
