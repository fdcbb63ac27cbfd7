// Scatterlist -> ring request segments, as blkif_queue_request() fills them (0a8704a51):
// seg[i] = { gref of grants_used[i], first_sect = sg->offset >> 9,
//            last_sect = first_sect + (sg->length >> 9) - 1 }.
import type { GrantId } from '../units';
import type { SgEntry } from './mapSg';

/** struct blkif_request_segment as the frontend writes it. */
export interface RingSegment {
  readonly gref: GrantId;
  readonly firstSect: number;
  readonly lastSect: number;
}

/** The ring segment for scatterlist entry `sg` using grant `gref`. */
export function ringSegmentFor(sg: SgEntry, gref: GrantId): RingSegment {
  const firstSect = sg.offset >> 9;
  return { gref, firstSect, lastSect: firstSect + (sg.length >> 9) - 1 };
}
