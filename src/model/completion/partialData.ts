// d62f69185 "xen-blkfront: handle bvecs with partial data" (read at 155b7edb5), blkif_completion:
// i and offset start at 0; for each bio_vec, move to the next grant only when the bio_vec starts
// before the previous one ended (bv_offset < offset), then BUG_ON(i >= nr_segments), copy from
// grant i at bv_offset, and set offset = bv_offset + bv_len. A bio_vec on a new page whose offset
// is at or after the previous end (the RAID layout) stays on the old grant.
import type { CompletionInput, CompletionPlan, PlannedBug, PlannedCopy } from './types';

/** The copy loop of d62f69185. */
export function partialDataCompletion(req: CompletionInput): CompletionPlan {
  const copies: PlannedCopy[] = [];
  let i = 0;
  let offset = 0;
  let bug: PlannedBug | null = null;
  for (const [n, bv] of req.bvecs.entries()) {
    if (bv.offset < offset) i++;
    const vars = {
      i,
      offset,
      bv_offset: bv.offset,
      bv_len: bv.length,
      'sg->offset': null,
      'sg->length': null,
      nr_segments: req.sg.length,
    };
    if (i >= req.sg.length) {
      bug = { iteration: n, message: 'BUG_ON(i >= nr_segments)', vars };
      break;
    }
    copies.push({
      iteration: n,
      bvec: n,
      grantIndex: i,
      srcOffset: bv.offset,
      page: bv.page,
      dstOffset: bv.offset,
      length: bv.length,
      vars,
    });
    offset = bv.offset + bv.length;
  }
  return { version: 'd62f69185', copies, bug };
}
