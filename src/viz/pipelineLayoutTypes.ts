// The shapes the pipeline layout produces: positioned strips, boxes and lanes for one request.
// Coordinates are SVG user units at zoom 1 (px), absolute within the drawing.
import type { VersionId } from '../model';
import type { Box, Span } from './geometry';
import type { Grid } from './grid';
import type { RowFrame } from './rows';

/** A process page strip (buffer row; lanes reuse its x). */
export interface PageStrip {
  readonly page: number;
  readonly column: number;
  readonly x: number;
}

/** A bio_vec: its bracket under the buffer strip, its label, and its box. */
export interface BvecItem {
  readonly index: number;
  readonly span: Span;
  readonly labelY: number;
  readonly box: Box;
}

/** A grant strip: grants_used[slot] for segment `slot`, or a stale slot past nr_segments. */
export interface GrantItem {
  readonly slot: number;
  readonly column: number;
  readonly x: number;
  readonly stale: boolean;
  /** The backend's [first_sect, last_sect] range in px, clipped to the strip (null: stale slot). */
  readonly marker: Span | null;
  /** The range does not fit in the grant page (blkback rejects the request). */
  readonly markerInvalid: boolean;
  /** The disk-sector pill the backend arrow starts from. */
  readonly pill: Box | null;
}

/** One version's completion lane. */
export interface LaneItem {
  readonly version: VersionId;
  readonly focused: boolean;
  readonly labelY: number;
  readonly cellsY: number;
  readonly cellH: number;
}

/** Everything the pipeline view draws, positioned. */
export interface PipelineLayout {
  readonly kind: 'request';
  readonly key: string;
  readonly width: number;
  readonly height: number;
  readonly grid: Grid;
  readonly rows: readonly RowFrame[];
  readonly buffer: { readonly pageLabelY: number; readonly cellsY: number; readonly cellH: number };
  readonly pages: readonly PageStrip[];
  readonly bvecs: readonly BvecItem[];
  /** Scatterlist entry boxes, by segment. */
  readonly sg: readonly Box[];
  /** Ring segment boxes, by segment. */
  readonly segments: readonly Box[];
  readonly grantRow: {
    readonly labelY: number;
    readonly markerY: number;
    readonly cellsY: number;
    readonly cellH: number;
  };
  readonly grants: readonly GrantItem[];
  readonly lanes: readonly LaneItem[];
  /** For each page of the request, which of its cells the bio_vecs cover. */
  readonly covered: ReadonlyMap<number, readonly boolean[]>;
}
