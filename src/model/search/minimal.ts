// The minimal counterexample order (issue #6): fewest bio_vecs, then fewest bytes, then the
// lexicographically first (page, offset, length) list. One slot keeps the smallest failing layout
// seen so far, copied out of the judge's arrays without allocating.
import type { Bvec } from '../stages/bvec';
import { pageIndex } from '../units';
import type { LayoutJudge } from './judge';

/** The smallest failing layout seen so far for one slot (a version, or a pattern). */
export class MinimalLayout {
  n = 0;
  bytes = 0;
  version = 0;
  readonly page: Int32Array;
  readonly offset: Int32Array;
  readonly length: Int32Array;

  constructor(maxBvecs: number) {
    this.page = new Int32Array(maxBvecs);
    this.offset = new Int32Array(maxBvecs);
    this.length = new Int32Array(maxBvecs);
  }

  /** Cheap pre-check: false when a layout this long and this big cannot be smaller. */
  mayTake(n: number, bytes: number): boolean {
    return this.n === 0 || n < this.n || (n === this.n && bytes <= this.bytes);
  }

  /** Keeps the candidate if it is smaller: fewer bio_vecs, fewer bytes, then lexicographic. */
  offer(j: LayoutJudge, n: number, bytes: number, version: number): void {
    if (this.n !== 0 && !this.isSmallerThanKept(j, n, bytes)) return;
    this.n = n;
    this.bytes = bytes;
    this.version = version;
    for (let i = 0; i < n; i++) {
      this.page[i] = j.page[i]!;
      this.offset[i] = j.offset[i]!;
      this.length[i] = j.length[i]!;
    }
  }

  private isSmallerThanKept(j: LayoutJudge, n: number, bytes: number): boolean {
    if (n !== this.n) return n < this.n;
    if (bytes !== this.bytes) return bytes < this.bytes;
    for (let i = 0; i < n; i++) {
      if (j.page[i] !== this.page[i]) return j.page[i]! < this.page[i]!;
      if (j.offset[i] !== this.offset[i]) return j.offset[i]! < this.offset[i]!;
      if (j.length[i] !== this.length[i]) return j.length[i]! < this.length[i]!;
    }
    return false;
  }

  /** The kept layout as bio_vecs. */
  bvecs(): Bvec[] {
    return Array.from({ length: this.n }, (_, i) => ({
      page: pageIndex(this.page[i]!),
      offset: this.offset[i]!,
      length: this.length[i]!,
    }));
  }
}
