// Where each byte of a request belongs, as the queue side laid it out: request byte r lies in
// bio_vec bvecOf[r] and its data arrives in grant segOf[r] at byte srcOffsetOf[r] (the sg entry's
// offset plus the bytes of the entry before it). A completion copy is right for a byte exactly
// when it reads that (grant, offset). Kept per 512-byte cell: every offset here is cell-aligned.
import type { Bvec } from './bvec';
import type { SgEntry } from './mapSg';
import type { PlannedCopy } from '../completion/types';

/** Per-cell expectations of one request. */
export interface RequestLayout {
  /** bio_vec index of each request cell. */
  readonly bvecOf: Int32Array;
  /** Segment (= grants_used index) whose grant receives each request cell. */
  readonly segOf: Int32Array;
  /** Byte offset inside that grant page where the backend puts each request cell. */
  readonly srcOffsetOf: Int32Array;
  /** First request cell of each bio_vec. */
  readonly bvecStart: Int32Array;
  /** First request cell of each sg entry. */
  readonly segStart: Int32Array;
}

/** Computes the layout of a request from its bio_vecs and scatterlist. */
export function requestLayout(bvecs: readonly Bvec[], sg: readonly SgEntry[]): RequestLayout {
  let cells = 0;
  for (const bv of bvecs) cells += bv.length / 512;
  const bvecOf = new Int32Array(cells);
  const segOf = new Int32Array(cells);
  const srcOffsetOf = new Int32Array(cells);
  const bvecStart = new Int32Array(bvecs.length);
  const segStart = new Int32Array(sg.length);
  let r = 0;
  sg.forEach((entry, s) => {
    segStart[s] = r;
    let inEntry = 0;
    for (const j of entry.bvecs) {
      const bv = bvecs[j]!;
      bvecStart[j] = r;
      for (let c = 0; c < bv.length / 512; c++) {
        bvecOf[r] = j;
        segOf[r] = s;
        srcOffsetOf[r] = entry.offset + inEntry;
        inEntry += 512;
        r++;
      }
    }
  });
  return { bvecOf, segOf, srcOffsetOf, bvecStart, segStart };
}

/**
 * Misdirected bytes of one completion memcpy: request cells it writes whose data it reads from a
 * (grant index, offset) other than where the backend put them. Calls `onWrong` with the bio_vec
 * of each misdirected cell.
 */
export function misdirectedBytesOf(
  copy: PlannedCopy,
  layout: RequestLayout,
  onWrong: (bvec: number) => void,
): number {
  const start =
    copy.bvec !== null ? layout.bvecStart[copy.bvec]! : layout.segStart[copy.iteration]!;
  let wrong = 0;
  for (let c = 0; c < copy.length / 512; c++) {
    const r = start + c;
    if (copy.grantIndex !== layout.segOf[r] || copy.srcOffset + c * 512 !== layout.srcOffsetOf[r]) {
      wrong += 512;
      onWrong(layout.bvecOf[r]!);
    }
  }
  return wrong;
}
