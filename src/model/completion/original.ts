// 0a8704a51 "xen/blkback: Persistent grant maps for xen blk drivers" (Linux 3.8), blkif_completion:
// walk the request's bio_vecs; the grant is chosen from the running byte count,
// i = offset >> PAGE_SHIFT, and bv_len bytes are copied from that grant at bv_offset.
// Right only if every grant page holds a full page of data from offset 0 (except bio_vecs that
// share a page). Nothing checks i against nr_segments: past it, grants_used[i] is whatever an
// earlier request left in that shadow slot (see simulate.ts).
import type { CompletionInput, CompletionPlan, PlannedCopy } from './types';

/** The copy loop of 0a8704a51. */
export function originalCompletion(req: CompletionInput): CompletionPlan {
  const copies: PlannedCopy[] = [];
  let offset = 0;
  req.bvecs.forEach((bv, n) => {
    const i = Math.floor(offset / req.pageSize);
    copies.push({
      iteration: n,
      bvec: n,
      grantIndex: i,
      srcOffset: bv.offset,
      page: bv.page,
      dstOffset: bv.offset,
      length: bv.length,
      vars: {
        i,
        offset,
        bv_offset: bv.offset,
        bv_len: bv.length,
        'sg->offset': null,
        'sg->length': null,
        nr_segments: req.sg.length,
      },
    });
    offset += bv.length;
  });
  return { version: '0a8704a51', copies, bug: null };
}
