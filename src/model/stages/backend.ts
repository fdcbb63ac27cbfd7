// blkback (drivers/block/xen-blkback/blkback.c, dispatch_rw_block_io, 3.8): every segment is
// checked before any I/O; a segment whose last_sect is past the grant page (>= PAGE_SIZE >> 9) or
// before first_sect fails the whole request with BLKIF_RSP_ERROR (-EIO in the guest). Segment i
// then moves (last_sect - first_sect + 1) sectors at byte first_sect*512 of its grant page; the
// segments are consecutive on disk. Other bytes of the grant page are untouched.
import { err, ok, type Result } from '../../lib/result';
import type { KernelConfig } from '../config';
import { sector, type Sector } from '../units';
import type { RingSegment } from './ringSegments';

/** Where one segment's data goes on disk and in its grant page. */
export interface SegmentTransfer {
  readonly segment: number;
  /** First disk sector of the segment. */
  readonly sector: Sector;
  /** Sectors moved: last_sect - first_sect + 1. */
  readonly sectors: number;
  /** Byte offset in the grant page: first_sect * 512. */
  readonly grantOffset: number;
}

/** Checks a ring request as blkback would and lays out each segment's transfer. */
export function planBackendTransfers(
  requestSector: Sector,
  segments: readonly RingSegment[],
  kernel: KernelConfig,
): Result<SegmentTransfer[], string> {
  if (segments.length === 0) return err('request has no segments');
  if (segments.length > kernel.maxSegments) {
    return err(`nr_segments ${segments.length} exceeds the ring limit ${kernel.maxSegments}`);
  }
  const sectorsPerPage = kernel.pageSize >> 9;
  for (const [i, seg] of segments.entries()) {
    if (seg.lastSect >= sectorsPerPage || seg.lastSect < seg.firstSect) {
      return err(
        `seg[${i}] first_sect ${seg.firstSect}, last_sect ${seg.lastSect}: not inside one ${kernel.pageSize}-byte grant page (last_sect must be ${sectorsPerPage - 1} or less)`,
      );
    }
  }
  const transfers: SegmentTransfer[] = [];
  let at: number = requestSector;
  for (const [i, seg] of segments.entries()) {
    const sectors = seg.lastSect - seg.firstSect + 1;
    transfers.push({ segment: i, sector: sector(at), sectors, grantOffset: seg.firstSect * 512 });
    at += sectors;
  }
  return ok(transfers);
}
