// b7649158 "xen-blkfront: use a different scatterlist for each request": the scatterlist built by
// blk_rq_map_sg at queue time is kept per request (shadow[id].sg), and blkif_completion walks it:
// for sg entry i, BUG_ON(sg->offset + sg->length > PAGE_SIZE), then copy sg->length bytes from
// grants_used[i] at sg->offset into the entry's page at sg->offset. Segment i IS grant i, so no
// guessing is left.
import type { CompletionInput, CompletionPlan, PlannedBug, PlannedCopy } from './types';

/** The copy loop of b7649158. */
export function sgBasedCompletion(req: CompletionInput): CompletionPlan {
  const copies: PlannedCopy[] = [];
  let bug: PlannedBug | null = null;
  for (const [i, sg] of req.sg.entries()) {
    const vars = {
      i,
      offset: null,
      bv_offset: null,
      bv_len: null,
      'sg->offset': sg.offset,
      'sg->length': sg.length,
      nr_segments: req.sg.length,
    };
    if (sg.offset + sg.length > req.pageSize) {
      bug = { iteration: i, message: 'BUG_ON(sg->offset + sg->length > PAGE_SIZE)', vars };
      break;
    }
    copies.push({
      iteration: i,
      bvec: null,
      grantIndex: i,
      srcOffset: sg.offset,
      page: sg.page,
      dstOffset: sg.offset,
      length: sg.length,
      vars,
    });
  }
  return { version: 'b7649158', copies, bug };
}
