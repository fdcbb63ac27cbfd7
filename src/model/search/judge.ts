// The search's inner loop: judges one READ layout under all three completion versions without
// allocating. It is a specialised re-implementation of analyzeLayout() (layoutOutcome.ts:
// mapSg -> the completion plans -> misdirectedBytesOf), and judge.test.ts checks with fast-check
// that both agree on random layouts, kernel configs and frames. What makes it cheap:
//  - a bio_vec lies inside one segment, and the bio_vec walks copy a whole bio_vec from one
//    (grant, offset), so a bio_vec is entirely right or entirely misdirected;
//  - b7649158 copies segment i from grant i at sg->offset, exactly where the backend put it, so
//    it can only fail by its BUG_ON;
//  - everything about bio_vec j depends only on bio_vecs 0..j, except the BUG checks against the
//    final nr_segments; so state is kept per prefix (place(j) extends it by one bio_vec) and the
//    exhaustive walk, which changes the last bio_vec most often, re-judges only what changed.
//    The grant indices of both walks never decrease, so the BUG check is one comparison unless a
//    BUG really happens.
import type { KernelConfig } from '../config';
import type { PageFrames } from '../scenario/validate';
import { classifyFailure } from './patterns';

/** Version indices in VERSION_IDS order. */
export const V_ORIGINAL = 0;
export const V_PARTIAL = 1;
export const V_SG = 2;

/** Why a layout is outside the space (the block layer would never build it as one request). */
export const IN_SPACE = 0;
export const TOO_MANY_SEGMENTS = 1;
export const TOO_MANY_SECTORS = 2;

/** Judges layouts of up to `maxBvecs` bio_vecs; results are read from its public arrays. */
export class LayoutJudge {
  /** Layout input: page label, byte offset and byte length of each bio_vec. */
  readonly page: Int32Array;
  readonly offset: Int32Array;
  readonly length: Int32Array;
  /** Per bio_vec: segment index, whether it joined the previous segment, expected grant offset. */
  readonly segment: Int32Array;
  readonly joined: Uint8Array;
  readonly expectedSrc: Float64Array;
  /** Per version: misdirected bytes, whether it BUGs, failure point (-1: none), pattern code. */
  readonly misdirected = new Float64Array(3);
  readonly bug = new Uint8Array(3);
  readonly failureAt = new Int32Array(3);
  readonly pattern = new Int32Array(3);
  /** Scatterlist entries of the last layout judged. */
  segments = 0;
  /** Bytes of the last layout judged. */
  bytes = 0;
  /** IN_SPACE, TOO_MANY_SEGMENTS or TOO_MANY_SECTORS. */
  excluded = IN_SPACE;

  // Prefix state after bio_vec j (index j): blk_rq_map_sg's entry so far, and bytes.
  private readonly segmentsAfter: Int32Array;
  private readonly entryOffsetAfter: Float64Array;
  private readonly entryLengthAfter: Float64Array;
  private readonly bytesAfter: Float64Array;
  // Per bio_vec, for each bio_vec walk (0: 0a8704a51, 1: d62f69185): the grant index it uses,
  // misdirected bytes up to and including it, and the first misdirected bio_vec so far (-1).
  private readonly grant: Int32Array[];
  private readonly wrongBytes: Float64Array[];
  private readonly firstWrong: Int32Array[];
  // d62f69185's "offset" (end of the previous bio_vec) after bio_vec j.
  private readonly previousEnd: Int32Array;
  // b7649158: end of the current entry relative to its page, and the first bio_vec whose entry
  // crosses the page end (-1).
  private readonly entryEnd: Float64Array;
  private readonly firstCrossing: Int32Array;

  private readonly pfn: Float64Array;
  private readonly mfn: Float64Array;
  /** mayJoin[a * pages + b]: frames of pages a then b leave a cross-page merge possible. */
  private readonly mayJoin: Uint8Array;
  private readonly pages: number;
  private readonly pageSize: number;
  private readonly window: number;
  private readonly maxSegmentSize: number;
  private readonly maxSegments: number;
  private readonly maxBytes: number;
  private readonly clustering: boolean;

  constructor(
    maxBvecs: number,
    kernel: KernelConfig,
    pages: number,
    framesOf: (p: number) => PageFrames,
  ) {
    this.page = new Int32Array(maxBvecs);
    this.offset = new Int32Array(maxBvecs);
    this.length = new Int32Array(maxBvecs);
    this.segment = new Int32Array(maxBvecs);
    this.joined = new Uint8Array(maxBvecs);
    this.expectedSrc = new Float64Array(maxBvecs);
    this.segmentsAfter = new Int32Array(maxBvecs);
    this.entryOffsetAfter = new Float64Array(maxBvecs);
    this.entryLengthAfter = new Float64Array(maxBvecs);
    this.bytesAfter = new Float64Array(maxBvecs);
    this.grant = [new Int32Array(maxBvecs), new Int32Array(maxBvecs)];
    this.wrongBytes = [new Float64Array(maxBvecs), new Float64Array(maxBvecs)];
    this.firstWrong = [new Int32Array(maxBvecs), new Int32Array(maxBvecs)];
    this.previousEnd = new Int32Array(maxBvecs);
    this.entryEnd = new Float64Array(maxBvecs);
    this.firstCrossing = new Int32Array(maxBvecs);
    this.pfn = new Float64Array(pages);
    this.mfn = new Float64Array(pages);
    for (let p = 0; p < pages; p++) {
      const f = framesOf(p);
      this.pfn[p] = f.pfn;
      this.mfn[p] = f.mfn;
    }
    // Two different pages can only merge when b's frame is a's or the next one, physically and
    // in machine frames; for all other pairs the hot path skips the address arithmetic.
    this.pages = pages;
    this.mayJoin = new Uint8Array(pages * pages);
    for (let a = 0; a < pages; a++)
      for (let b = 0; b < pages; b++) {
        const dp = this.pfn[b]! - this.pfn[a]!;
        const dm = this.mfn[b]! - this.mfn[a]!;
        this.mayJoin[a * pages + b] = (dp === 0 || dp === 1) && (dm === 0 || dm === 1) ? 1 : 0;
      }
    this.pageSize = kernel.pageSize;
    this.window = kernel.segmentBoundaryMask + 1;
    this.maxSegmentSize = kernel.maxSegmentSize;
    this.maxSegments = kernel.maxSegments;
    this.maxBytes = kernel.maxHwSectors * 512;
    this.clustering = kernel.clustering;
  }

  /**
   * Judges the first n bio_vecs of page/offset/length from scratch. Returns false (and sets
   * `excluded`) for a layout the block layer would never submit as one request: more
   * scatterlist entries than max_segments or more bytes than max_hw_sectors.
   */
  judge(n: number): boolean {
    for (let j = 0; j < n; j++) this.place(j);
    return this.conclude(n);
  }

  /**
   * Extends the prefix state by bio_vec j (its page/offset/length are set; bio_vecs 0..j-1 are
   * placed): blk_rq_map_sg's decision for it, and one iteration of each completion loop.
   */
  place(j: number): void {
    const { page, offset, length } = this;
    const at = offset[j]!;
    const len = length[j]!;
    // blk_rq_map_sg, with the merge rules of stages/mapSg.ts mergeBlocker().
    const entryLength = j > 0 ? this.entryLengthAfter[j - 1]! : 0;
    let join = false;
    if (j === 0 || !this.clustering || entryLength + len > this.maxSegmentSize) {
      // A new entry: the first bio_vec, no clustering, or max_segment_size reached.
    } else if (page[j] === page[j - 1]) {
      // Same page: physically contiguous iff it starts where the previous one ended; a page
      // never straddles a boundary window (windows are powers of two, at least PAGE_SIZE).
      join = at === offset[j - 1]! + length[j - 1]!;
    } else if (this.mayJoin[page[j - 1]! * this.pages + page[j]!] === 1) {
      const prevPhys = this.pfn[page[j - 1]!]! * this.pageSize + offset[j - 1]!;
      const curPhys = this.pfn[page[j]!]! * this.pageSize + at;
      const prevMfn = this.mfn[page[j - 1]!]!;
      const curMfn = this.mfn[page[j]!]!;
      join =
        prevPhys + length[j - 1]! === curPhys &&
        (prevMfn === curMfn || prevMfn + 1 === curMfn) &&
        Math.floor(prevPhys / this.window) === Math.floor((curPhys + len - 1) / this.window);
    }
    const before = j > 0 ? this.segmentsAfter[j - 1]! : 0;
    let src: number;
    if (join) {
      src = this.entryOffsetAfter[j - 1]! + entryLength;
      this.entryOffsetAfter[j] = this.entryOffsetAfter[j - 1]!;
      this.entryLengthAfter[j] = entryLength + len;
      this.segmentsAfter[j] = before;
      this.entryEnd[j] = this.entryEnd[j - 1]! + len;
    } else {
      src = at;
      this.entryOffsetAfter[j] = at;
      this.entryLengthAfter[j] = len;
      this.segmentsAfter[j] = before + 1;
      this.entryEnd[j] = at + len;
    }
    const seg = this.segmentsAfter[j]! - 1;
    this.segment[j] = seg;
    this.joined[j] = join ? 1 : 0;
    this.expectedSrc[j] = src;
    const bytesBefore = j > 0 ? this.bytesAfter[j - 1]! : 0;
    this.bytesAfter[j] = bytesBefore + len;
    // b7649158: the first bio_vec whose entry runs past the page end.
    this.firstCrossing[j] =
      j > 0 && this.firstCrossing[j - 1]! >= 0
        ? this.firstCrossing[j - 1]!
        : this.entryEnd[j]! > this.pageSize
          ? j
          : -1;
    // 0a8704a51: grant = running byte count >> PAGE_SHIFT; copy bv_len bytes from bv_offset.
    const original = Math.floor(bytesBefore / this.pageSize);
    // d62f69185: next grant only when bv_offset goes below the previous bio_vec's end.
    const partial = j === 0 ? 0 : this.grant[1]![j - 1]! + (at < this.previousEnd[j - 1]! ? 1 : 0);
    this.previousEnd[j] = at + len;
    this.walkStep(0, j, original, seg, at === src, len);
    this.walkStep(1, j, partial, seg, at === src, len);
  }

  private walkStep(w: number, j: number, i: number, seg: number, atSource: boolean, len: number) {
    const wrong = i !== seg || !atSource;
    this.grant[w]![j] = i;
    const bytes = j > 0 ? this.wrongBytes[w]![j - 1]! : 0;
    this.wrongBytes[w]![j] = wrong ? bytes + len : bytes;
    const first = j > 0 ? this.firstWrong[w]![j - 1]! : -1;
    this.firstWrong[w]![j] = first < 0 && wrong ? j : first;
  }

  /**
   * Finishes a layout of n placed bio_vecs: exclusion, then each version's BUG (a bio_vec walk
   * BUGs at the first bio_vec whose grant index reaches nr_segments: 0a8704a51's never-set
   * grants_used slot, d62f69185's BUG_ON; wrong copies before it still count), misdirected bytes,
   * failure point and pattern.
   */
  conclude(n: number): boolean {
    const last = n - 1;
    const segments = this.segmentsAfter[last]!;
    this.segments = segments;
    this.bytes = this.bytesAfter[last]!;
    this.excluded =
      segments > this.maxSegments
        ? TOO_MANY_SEGMENTS
        : this.bytes > this.maxBytes
          ? TOO_MANY_SECTORS
          : IN_SPACE;
    if (this.excluded !== IN_SPACE) return false;
    for (let w = V_ORIGINAL; w <= V_PARTIAL; w++) {
      const grant = this.grant[w]!;
      let bugAt = -1;
      // Grant indices never decrease, so only the last can tell whether any reaches the limit.
      if (grant[last]! >= segments) {
        bugAt = 0;
        while (grant[bugAt]! < segments) bugAt++;
      }
      const counted = bugAt < 0 ? last : bugAt - 1;
      const wrong = counted >= 0 ? this.wrongBytes[w]![counted]! : 0;
      const first = counted >= 0 ? this.firstWrong[w]![counted]! : -1;
      this.finish(w, wrong, bugAt >= 0 ? 1 : 0, first >= 0 ? first : bugAt);
    }
    const crossing = this.firstCrossing[last]!;
    this.finish(V_SG, 0, crossing >= 0 ? 1 : 0, crossing);
    return true;
  }

  private finish(v: number, misdirected: number, bug: number, failureAt: number): void {
    this.misdirected[v] = misdirected;
    this.bug[v] = bug;
    this.failureAt[v] = failureAt;
    this.pattern[v] =
      failureAt < 0
        ? -1
        : classifyFailure(
            failureAt,
            this.page,
            this.offset,
            this.length,
            this.joined[failureAt] === 1,
            this.segment[failureAt]!,
          );
  }
}
