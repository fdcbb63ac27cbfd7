// blk_rq_map_sg() (block/blk-merge.c, 3.8): walk the request's bio_vecs in order; a bio_vec joins
// the current scatterlist entry only if clustering is on and ALL of: the entry stays within
// max_segment_size; BIOVEC_PHYS_MERGEABLE (physically contiguous, and under Xen PV the machine
// frames equal or consecutive: xen_biovec_phys_mergeable); BIOVEC_SEG_BOUNDARY (the previous
// bio_vec's start and this one's last byte lie in the same boundary window). The previous bio_vec
// ("bvprv") is the last one walked, not the start of the entry.
import type { KernelConfig } from '../config';
import type { PageFrames } from '../scenario/validate';
import type { PageIndex } from '../units';
import type { Bvec } from './bvec';

/** One scatterlist entry: where it starts and how long it is, plus the bio_vecs it covers. */
export interface SgEntry {
  readonly page: PageIndex;
  readonly offset: number;
  readonly length: number;
  /** Indices (in request order) of the bio_vecs merged into this entry. */
  readonly bvecs: readonly number[];
}

/** Why a bio_vec started a new scatterlist entry instead of joining the previous one. */
export type SgBreak =
  | 'first' // the request's first bio_vec
  | 'no-clustering' // QUEUE_FLAG_CLUSTER off: every bio_vec is its own entry
  | 'size' // entry length + bv_len > max_segment_size
  | 'not-contiguous' // phys(prev) + prev.len != phys(bv)
  | 'machine-frames' // contiguous pfns but mfns neither equal nor consecutive (Xen PV)
  | 'boundary'; // prev start and bv end in different seg_boundary_mask windows

/** The decision taken for one bio_vec. */
export interface SgDecision {
  readonly bvec: number;
  readonly segment: number;
  /** null when the bio_vec joined the previous entry. */
  readonly newEntryBecause: SgBreak | null;
}

/** The scatterlist of a request and the per-bio_vec decisions that built it. */
export interface SgMapping {
  readonly entries: readonly SgEntry[];
  readonly decisions: readonly SgDecision[];
}

/** Physical address of a bio_vec's first byte (bvec_to_phys). */
const physOf = (bv: Bvec, kernel: KernelConfig, framesOf: (p: PageIndex) => PageFrames): number =>
  framesOf(bv.page).pfn * kernel.pageSize + bv.offset;

/** Why `bv` may not join the entry whose last bio_vec is `prev` (null: it may). */
export function mergeBlocker(
  prev: Bvec,
  bv: Bvec,
  entryLength: number,
  kernel: KernelConfig,
  framesOf: (p: PageIndex) => PageFrames,
): SgBreak | null {
  if (!kernel.clustering) return 'no-clustering';
  if (entryLength + bv.length > kernel.maxSegmentSize) return 'size';
  const prevPhys = physOf(prev, kernel, framesOf);
  const bvPhys = physOf(bv, kernel, framesOf);
  if (prevPhys + prev.length !== bvPhys) return 'not-contiguous';
  const prevMfn = framesOf(prev.page).mfn;
  const bvMfn = framesOf(bv.page).mfn;
  if (prevMfn !== bvMfn && prevMfn + 1 !== bvMfn) return 'machine-frames';
  // Division instead of `|` keeps masks above 2^31 exact.
  const window = kernel.segmentBoundaryMask + 1;
  if (Math.floor(prevPhys / window) !== Math.floor((bvPhys + bv.length - 1) / window))
    return 'boundary';
  return null;
}

/** Builds the scatterlist exactly as blk_rq_map_sg would for these bio_vecs. */
export function mapSg(
  bvecs: readonly Bvec[],
  kernel: KernelConfig,
  framesOf: (p: PageIndex) => PageFrames,
): SgMapping {
  const entries: { page: PageIndex; offset: number; length: number; bvecs: number[] }[] = [];
  const decisions: SgDecision[] = [];
  bvecs.forEach((bv, index) => {
    const current = entries[entries.length - 1];
    const prev = bvecs[index - 1];
    const blocker =
      current && prev ? mergeBlocker(prev, bv, current.length, kernel, framesOf) : 'first';
    if (blocker === null && current) {
      current.length += bv.length;
      current.bvecs.push(index);
    } else {
      entries.push({ page: bv.page, offset: bv.offset, length: bv.length, bvecs: [index] });
    }
    decisions.push({ bvec: index, segment: entries.length - 1, newEntryBecause: blocker });
  });
  return { entries, decisions };
}

/** Number of scatterlist entries the bio_vecs need (what bio_add_page checks against max_segments). */
export function countSgEntries(
  bvecs: readonly Bvec[],
  kernel: KernelConfig,
  framesOf: (p: PageIndex) => PageFrames,
): number {
  let count = 0;
  let entryLength = 0;
  for (let i = 0; i < bvecs.length; i++) {
    const bv = bvecs[i]!;
    const prev = bvecs[i - 1];
    if (prev && mergeBlocker(prev, bv, entryLength, kernel, framesOf) === null) {
      entryLength += bv.length;
    } else {
      count++;
      entryLength = bv.length;
    }
  }
  return count;
}
