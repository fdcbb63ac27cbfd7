// struct bio_vec: (page, offset in page, length). Every stage after the syscall speaks in these.
import type { PageIndex } from '../units';

/** One bio_vec: `length` bytes at `offset` inside process page `page`. */
export interface Bvec {
  readonly page: PageIndex;
  readonly offset: number;
  readonly length: number;
}

/** Total bytes of a list of bio_vecs. */
export const totalBytes = (bvecs: readonly Bvec[]): number =>
  bvecs.reduce((sum, bv) => sum + bv.length, 0);

/** A bio_vec as the trace, the search and the exports write it: "(P1,3584,512)". */
export const bvecText = (b: Bvec): string => `(P${b.page},${b.offset},${b.length})`;

/** A bio_vec list, space-separated: "(P0,3584,512) (P1,0,512)". */
export const formatBvecs = (bvecs: readonly Bvec[]): string => bvecs.map(bvecText).join(' ');
