// Walking a search space: every layout once (exhaustive) or uniformly at random (sampling).
// Both write the layout into a LayoutJudge's input arrays and return how many labelled layouts
// it stands for, so the caller never allocates per layout.
import {
  canonicalPatterns,
  fallingFactorial,
  layoutsOfPattern,
  multiplicities,
  unitsPerPage,
  type SpaceSize,
} from './count';
import { below, uniform53, type Rng32 } from './prng';
import type { SearchSpace } from './space';

/** Where a walker writes each layout: page label, byte offset, byte length per bio_vec. */
export interface LayoutSink {
  readonly page: Int32Array;
  readonly offset: Int32Array;
  readonly length: Int32Array;
  /**
   * Called by the exhaustive walk each time it sets bio_vec j (0..j-1 unchanged since their own
   * call), so a judge can keep per-prefix state (LayoutJudge.place).
   */
  place(j: number): void;
}

/** The intervals of one page in lexicographic (offset, length) order, in bytes. */
function pageIntervals(space: SearchSpace): { offsets: Int32Array; lengths: Int32Array } {
  const units = unitsPerPage(space);
  const offsets: number[] = [];
  const lengths: number[] = [];
  for (let o = 0; o < units; o++) {
    for (let l = 1; o + l <= units; l++) {
      offsets.push(o * space.granularity);
      lengths.push(l * space.granularity);
    }
  }
  return { offsets: Int32Array.from(offsets), lengths: Int32Array.from(lengths) };
}

/**
 * Every layout in lexicographic order of (bio_vec count, then per bio_vec: page label, offset,
 * length), as a resumable depth-first walk. With `symmetric`, page labels are in first-use order
 * (bio_vec 0 is on page 0, and each bio_vec's page is at most one more than any before), and a
 * layout with k distinct pages stands for pages!/(pages-k)! labelled layouts; without it, every
 * labelling is visited and stands for itself.
 */
export class ExhaustiveWalk {
  /** bio_vecs of the layout just produced. */
  n = 1;
  private readonly label: Int32Array;
  private readonly interval: Int32Array;
  private readonly top: Int32Array;
  private readonly offsets: Int32Array;
  private readonly lengths: Int32Array;
  private readonly weights: Float64Array;
  private position = 0;
  private done = false;

  constructor(
    private readonly space: SearchSpace,
    private readonly symmetric: boolean,
    private readonly out: LayoutSink,
  ) {
    const k = space.maxBvecs;
    this.label = new Int32Array(k);
    this.interval = new Int32Array(k).fill(-1);
    this.top = new Int32Array(k);
    ({ offsets: this.offsets, lengths: this.lengths } = pageIntervals(space));
    this.weights = new Float64Array(k + 1);
    for (let d = 0; d <= k; d++) this.weights[d] = symmetric ? fallingFactorial(space.pages, d) : 1;
  }

  /** Produces the next layout into the sink; returns its weight, or 0 when the walk is over. */
  next(): number {
    if (this.done) return 0;
    const { label, interval, top, offsets, lengths, out } = this;
    const count = offsets.length;
    const lastPage = this.space.pages - 1;
    let p = this.position;
    for (;;) {
      if (++interval[p]! >= count) {
        interval[p] = 0;
        label[p]!++;
      }
      const limit = this.symmetric ? Math.min(p === 0 ? 0 : top[p - 1]! + 1, lastPage) : lastPage;
      if (label[p]! > limit) {
        if (p > 0) {
          p--;
          continue;
        }
        if (++this.n > this.space.maxBvecs) {
          this.done = true;
          return 0;
        }
        label[0] = 0;
        interval[0] = -1;
        continue;
      }
      const l = label[p]!;
      const start = offsets[interval[p]!]!;
      const end = start + lengths[interval[p]!]!;
      let overlaps = false;
      for (let q = 0; q < p; q++) {
        if (label[q] === l && out.offset[q]! < end && start < out.offset[q]! + out.length[q]!) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) continue;
      top[p] = p === 0 ? l : Math.max(top[p - 1]!, l);
      out.page[p] = l;
      out.offset[p] = start;
      out.length[p] = end - start;
      out.place(p);
      if (p === this.n - 1) {
        this.position = p;
        return this.symmetric ? this.weights[top[p]! + 1]! : 1;
      }
      p++;
      label[p] = 0;
      interval[p] = -1;
    }
  }
}

/**
 * Uniform random layouts: every labelled layout of the space (all bio_vec counts together) is
 * equally likely. Draw the bio_vec count and the label pattern in proportion to how many labelled
 * layouts they hold, then for each page a uniform set of disjoint intervals (a uniform
 * 2m-subset, see count.ts disjointTuples) in a uniform order. With `symmetric` the labels stay in
 * first-use order (relabelling cannot change the outcome); without it they are mapped to real
 * pages by a uniform injection. Each sample has weight 1.
 */
export class UniformSampler {
  /** bio_vecs of the layout just produced. */
  n = 1;
  /** Per bio_vec count: cumulative pattern weights, and each pattern's bio_vec positions per page. */
  private readonly patterns: { cumulative: Float64Array; positions: Int32Array[][] }[] = [];
  private readonly cumulativeByBvecs: Float64Array;
  private readonly units: number;
  private readonly chosen: Int32Array;
  private readonly order: Int32Array;
  private readonly pageMap: Int32Array;

  constructor(
    private readonly space: SearchSpace,
    size: SpaceSize,
    private readonly symmetric: boolean,
    private readonly rng: Rng32,
    private readonly out: LayoutSink,
  ) {
    this.units = unitsPerPage(space);
    this.cumulativeByBvecs = cumulative(size.labelledByBvecs);
    for (let n = 1; n <= space.maxBvecs; n++) {
      const list = canonicalPatterns(n, space.pages);
      const weights = list.map(
        (pt) =>
          layoutsOfPattern(pt, this.units) *
          fallingFactorial(space.pages, multiplicities(pt).length),
      );
      const positions = list.map((pt) =>
        multiplicities(pt).map((_, l) =>
          Int32Array.from(pt.flatMap((x, i) => (x === l ? [i] : []))),
        ),
      );
      this.patterns.push({ cumulative: cumulative(weights), positions });
    }
    this.chosen = new Int32Array(2 * space.maxBvecs);
    this.order = new Int32Array(space.maxBvecs);
    this.pageMap = new Int32Array(space.pages);
  }

  /** Produces the next sample into the sink; always returns 1. */
  next(): number {
    const n = pick(this.cumulativeByBvecs, uniform53(this.rng)) + 1;
    const { cumulative: cum, positions } = this.patterns[n - 1]!;
    const labels = positions[pick(cum, uniform53(this.rng))]!;
    this.n = n;
    const pageMap = this.pageMap;
    for (let p = 0; p < pageMap.length; p++) pageMap[p] = p;
    if (!this.symmetric) {
      for (let i = 0; i < labels.length; i++) {
        const j = i + below(this.rng, pageMap.length - i);
        const t = pageMap[i]!;
        pageMap[i] = pageMap[j]!;
        pageMap[j] = t;
      }
    }
    for (let l = 0; l < labels.length; l++) this.placeLabel(labels[l]!, pageMap[l]!);
    return 1;
  }

  /** Uniform ordered disjoint intervals on `page` for the bio_vecs at `positions`. */
  private placeLabel(positions: Int32Array, page: number): void {
    const m = positions.length;
    const { chosen, order, rng } = this;
    // Floyd's algorithm: a uniform 2m-subset of {0 .. units+m-1}.
    const universe = this.units + m;
    let size = 0;
    for (let j = universe - 2 * m; j < universe; j++) {
      const t = below(rng, j + 1);
      let seen = false;
      for (let s = 0; s < size; s++) if (chosen[s] === t) seen = true;
      chosen[size++] = seen ? j : t;
    }
    // Insertion sort: at most 12 values.
    for (let i = 1; i < size; i++) {
      const v = chosen[i]!;
      let k = i - 1;
      for (; k >= 0 && chosen[k]! > v; k--) chosen[k + 1] = chosen[k]!;
      chosen[k + 1] = v;
    }
    // A uniform order of the m intervals (Fisher-Yates) over the label's positions.
    for (let i = 0; i < m; i++) order[i] = i;
    for (let i = m - 1; i > 0; i--) {
      const j = below(rng, i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    const g = this.space.granularity;
    for (let k = 0; k < m; k++) {
      const i = order[k]!;
      const p = positions[k]!;
      const start = chosen[2 * i]! - i;
      const end = chosen[2 * i + 1]! - i;
      this.out.page[p] = page;
      this.out.offset[p] = start * g;
      this.out.length[p] = (end - start) * g;
    }
  }
}

function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}

/** Index of the bucket a uniform u in [0,1) falls in, by cumulative weights. */
function pick(cum: Float64Array, u: number): number {
  const target = u * cum[cum.length - 1]!;
  for (let i = 0; i < cum.length; i++) if (target < cum[i]!) return i;
  return cum.length - 1;
}
