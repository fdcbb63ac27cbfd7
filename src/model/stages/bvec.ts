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
