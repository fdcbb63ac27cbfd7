// How many layouts a search space holds, without enumerating them. A layout is a sequence of
// bio_vecs; which positions share a page is its "label pattern", and bio_vecs on different pages
// never constrain each other, so the count factorises: per pattern, the product over its pages of
// the number of ordered tuples of pairwise disjoint intervals on one page.
import { mergesAcrossPages, type SearchSpace } from './space';

/**
 * Above this many enumerated layouts a search samples instead of exhausting: about 10 s of the
 * inner loop on a slow machine (see `npm run bench`). "3 pages, up to 4 bio_vecs, 512-byte
 * granularity" has 4.3 million shapes; 4 pages and 5 bio_vecs already have 347 million.
 */
export const MAX_EXHAUSTIVE_LAYOUTS = 20_000_000;

/** Binomial coefficient as a float (exact below 2^53). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  // Each partial product is a whole number; rounding only removes float noise below 2^53.
  return r < 2 ** 53 ? Math.round(r) : r;
}

/** Number of injective relabellings of k used labels into `pages` pages: pages!/(pages-k)!. */
export function fallingFactorial(pages: number, k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r *= pages - i;
  return r;
}

/**
 * Ordered m-tuples of pairwise disjoint, non-empty intervals on a page of `units` granules.
 * Sets of m disjoint intervals [a1,b1) .. [am,bm) (a1 < b1 <= a2 < ...) map one-to-one onto
 * 2m-subsets of {0 .. units+m-1} by shifting the i-th interval's ends up by i-1, so there are
 * C(units+m, 2m) sets and m! orders of each.
 */
export function disjointTuples(units: number, m: number): number {
  let orders = 1;
  for (let i = 2; i <= m; i++) orders *= i;
  return orders * binomial(units + m, 2 * m);
}

/**
 * Label patterns of length n in first-use order (restricted growth strings) with at most `pages`
 * distinct labels: 0, then each label at most one more than the largest so far. Each stands for
 * every way of giving its labels distinct real pages.
 */
export function canonicalPatterns(n: number, pages: number): number[][] {
  const out: number[][] = [];
  const walk = (prefix: number[], top: number) => {
    if (prefix.length === n) {
      out.push(prefix);
      return;
    }
    for (let l = 0; l <= Math.min(top + 1, pages - 1); l++) walk([...prefix, l], Math.max(top, l));
  };
  walk([], -1);
  return out;
}

/** Distinct labels of a pattern and how often each occurs. */
export function multiplicities(pattern: readonly number[]): number[] {
  const counts: number[] = [];
  for (const l of pattern) counts[l] = (counts[l] ?? 0) + 1;
  return counts.filter((c) => c !== undefined);
}

/** Layouts with exactly this label pattern (labels fixed), on pages of `units` granules. */
export function layoutsOfPattern(pattern: readonly number[], units: number): number {
  return multiplicities(pattern).reduce((acc, m) => acc * disjointTuples(units, m), 1);
}

/** Sizes of a search space. */
export interface SpaceSize {
  /** Layouts with real page numbers: what counts are reported in. */
  readonly labelled: number;
  /** Layouts the search visits: one per class of relabelled layouts when relabelling is a symmetry. */
  readonly shapes: number;
  /** Whether `shapes` is small enough to visit every one (MAX_EXHAUSTIVE_LAYOUTS). */
  readonly exhaustive: boolean;
  /** Whether shapes stand for several labelled layouts (relabelling pages is a symmetry). */
  readonly symmetric: boolean;
  /** Labelled layouts per bio_vec count (index n-1), for uniform sampling. */
  readonly labelledByBvecs: readonly number[];
}

/** Granules per page. */
export const unitsPerPage = (space: SearchSpace): number =>
  space.kernel.pageSize / space.granularity;

/**
 * Counts the space. Layouts the block layer would never build (more scatterlist entries than
 * maxSegments, more than maxHwSectors) are included here and skipped by the search, because
 * telling them apart needs the scatterlist of each.
 */
export function spaceSize(space: SearchSpace): SpaceSize {
  const units = unitsPerPage(space);
  const symmetric = !mergesAcrossPages(space);
  let labelled = 0;
  let shapes = 0;
  const labelledByBvecs: number[] = [];
  for (let n = 1; n <= space.maxBvecs; n++) {
    let ofN = 0;
    for (const pattern of canonicalPatterns(n, space.pages)) {
      const layouts = layoutsOfPattern(pattern, units);
      const relabellings = fallingFactorial(space.pages, multiplicities(pattern).length);
      ofN += layouts * relabellings;
      shapes += symmetric ? layouts : layouts * relabellings;
    }
    labelled += ofN;
    labelledByBvecs.push(ofN);
  }
  return {
    labelled,
    shapes,
    exhaustive: shapes <= MAX_EXHAUSTIVE_LAYOUTS,
    symmetric,
    labelledByBvecs,
  };
}
