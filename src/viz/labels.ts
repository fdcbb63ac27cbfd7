// The words the pipeline view draws, in one place: the layout measures exactly the lines the UI
// renders, so a box is never narrower than its text.
import type { KernelConfig } from '../model';
import type { SgBreak } from '../model/stages/mapSg';
import type { Bvec } from '../model/stages/bvec';

/** "(P11, 3072, 1024)": a bio_vec or scatterlist entry as (page, offset, length). */
export const pageTuple = (page: number, offset: number, length: number): string =>
  `(P${page}, ${offset}, ${length})`;

/** The two lines of a bio_vec box. */
export const bvecBoxLines = (index: number, bv: Bvec): readonly string[] => [
  `bv${index}`,
  pageTuple(bv.page, bv.offset, bv.length),
];

/** "bv0", "bv0, bv1", "bv0–bv7": the bio_vecs that joined an entry (runs are always consecutive). */
export function bvecRunLabel(bvecs: readonly number[]): string {
  if (bvecs.length === 0) return '';
  if (bvecs.length <= 2) return bvecs.map((b) => `bv${b}`).join(', ');
  return `bv${bvecs[0]}–bv${bvecs[bvecs.length - 1]}`;
}

/** Short reason a bio_vec started a new scatterlist entry (blk_rq_map_sg's failed merge test). */
export function sgBreakLabel(because: SgBreak, kernel: KernelConfig): string {
  switch (because) {
    case 'first':
      return 'first bio_vec';
    case 'no-clustering':
      return 'no clustering';
    case 'size':
      return `size > ${kernel.maxSegmentSize}`;
    case 'not-contiguous':
      return 'not contiguous';
    case 'machine-frames':
      return 'mfn gap';
    case 'boundary':
      // With blkfront's mask (PAGE_SIZE - 1) the boundary window is exactly one page.
      return kernel.segmentBoundaryMask === kernel.pageSize - 1
        ? 'new page (boundary)'
        : 'crosses boundary';
  }
}

/** The three lines of a scatterlist entry box (length as built so far). */
export const sgBoxLines = (
  segment: number,
  entry: { readonly page: number; readonly offset: number; readonly length: number },
  bvecs: readonly number[],
  because: SgBreak,
  kernel: KernelConfig,
): readonly string[] => [
  `sg[${segment}] ← ${bvecRunLabel(bvecs)}`,
  pageTuple(entry.page, entry.offset, entry.length),
  sgBreakLabel(because, kernel),
];

/** The three lines of a ring segment box: seg[i] gref=g first_sect=a last_sect=b. */
export const segmentBoxLines = (
  segment: number,
  gref: number,
  firstSect: number,
  lastSect: number,
): readonly string[] => [
  `seg[${segment}] gref=${gref}`,
  `first_sect=${firstSect}`,
  `last_sect=${lastSect}`,
];

/** The two label lines above a grant strip. */
export const grantLabelLines = (
  slot: number,
  grant: number | null,
  reused: boolean,
  stale: boolean,
): readonly string[] => [
  `grants_used[${slot}]`,
  stale ? 'stale slot' : grant === null ? '' : `gref ${grant} · ${reused ? 'reused' : 'new page'}`,
];

/** "disk 2–3" / "disk 16": the sectors the backend moves for one segment. */
export const sectorRangeLabel = (sector: number, sectors: number): string =>
  sectors === 1 ? `disk ${sector}` : `disk ${sector}–${sector + sectors - 1}`;
