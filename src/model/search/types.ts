// Plain-data shapes of a search's results: cheap to postMessage from a Web Worker.
import type { Bvec } from '../stages/bvec';
import type { VersionId } from '../versions';
import type { PatternId } from './patterns';
import type { SearchSpace } from './space';

/** How to walk the space. */
export interface SearchOptions {
  /** 'exhaustive': every layout once; 'sample': `samples` uniform random layouts. */
  readonly mode: 'exhaustive' | 'sample';
  /** Seed of the sampler (ignored when exhaustive). */
  readonly seed: number;
  /** Layouts to draw in sample mode (ignored when exhaustive). */
  readonly samples: number;
}

/** How far a run is. Units are what the run visits: shapes (exhaustive) or samples. */
export interface SearchProgress {
  /** Layouts visited so far, including excluded ones. */
  readonly checked: number;
  /** Layouts the run will visit in all. */
  readonly total: number;
  /** Visited layouts outside the space: more sg entries than maxSegments, or too many sectors. */
  readonly excluded: number;
  readonly unit: 'shapes' | 'samples';
}

/** A failing layout, enough to rebuild and load it. */
export interface Counterexample {
  /** The READ's bio_vecs in request order (page labels in first-use order when symmetric). */
  readonly bvecs: readonly Bvec[];
  /** The version it fails. */
  readonly version: VersionId;
  readonly pattern: PatternId;
  readonly misdirectedBytes: number;
  /** The kernel BUG it hits in that version, if any. */
  readonly bug: string | null;
  /** bio_vec indices that receive misdirected bytes. */
  readonly wrongBvecs: readonly number[];
  /** The failure point: first misdirected bio_vec, or where the kernel BUGs. */
  readonly failureAt: number;
  /** Total bytes of the READ. */
  readonly bytes: number;
}

/** Counts over distinct shapes (layouts up to relabelling of pages when symmetric). */
export interface ShapeCounts {
  readonly checked: number;
  readonly misdirected: number;
  readonly bugs: number;
  readonly failed: number;
}

/** One version's tally. Counts are labelled layouts (exhaustive) or samples (sample mode). */
export interface VersionSearchResult {
  readonly checked: number;
  /** Layouts with at least one misdirected byte. */
  readonly misdirected: number;
  /** Layouts where the kernel hits a BUG. */
  readonly bugs: number;
  /** Layouts with misdirected bytes or a BUG (a layout may have both). */
  readonly failed: number;
  /** failed / checked (0 when nothing was checked). */
  readonly failureRate: number;
  /** Fewest bio_vecs, then fewest bytes, then lexicographically first (page, offset, length). */
  readonly minimal: Counterexample | null;
  readonly shapes: ShapeCounts;
}

/** One failure pattern's tally. */
export interface PatternSummary {
  readonly id: PatternId;
  readonly title: string;
  readonly description: string;
  /** Failing layouts of each version in this pattern (same unit as VersionSearchResult). */
  readonly counts: Readonly<Record<VersionId, number>>;
  /** The minimal failing layout in this pattern, over all versions (oldest version on ties). */
  readonly example: Counterexample | null;
}

/** A snapshot of a run. */
export interface SearchResult {
  readonly space: SearchSpace;
  readonly options: SearchOptions;
  readonly progress: SearchProgress;
  /** 'labelled' (exhaustive: shapes weighted by the relabellings they stand for) or 'samples'. */
  readonly countUnit: 'labelled' | 'samples';
  /** Whether one shape stands for several labelled layouts (relabelling pages is a symmetry). */
  readonly symmetric: boolean;
  readonly versions: Readonly<Record<VersionId, VersionSearchResult>>;
  readonly patterns: readonly PatternSummary[];
  readonly done: boolean;
}
