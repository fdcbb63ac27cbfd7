import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL, resolveKernelConfig } from '../config';
import type { PageFrames } from '../scenario/validate';
import { pageIndex } from '../units';
import { countSgEntries, mapSg } from './mapSg';

const identity = (p: number): PageFrames => ({ pfn: p, mfn: p });
const bv = (page: number, offset: number, length: number) => ({
  page: pageIndex(page),
  offset,
  length,
});

describe('mapSg (blk_rq_map_sg)', () => {
  it('merges adjacent bio_vecs of one page into one entry', () => {
    const { entries, decisions } = mapSg(
      [bv(3, 0, 1024), bv(3, 1024, 1024)],
      DEFAULT_KERNEL,
      identity,
    );
    expect(entries).toEqual([{ page: 3, offset: 0, length: 2048, bvecs: [0, 1] }]);
    expect(decisions.map((d) => d.newEntryBecause)).toEqual(['first', null]);
  });

  it('never merges across pages with blkfront limits, even when physically contiguous', () => {
    // P0 ends where P1 begins (pfn 0, 1), but the 4095 boundary mask splits them.
    const { entries, decisions } = mapSg(
      [bv(0, 3584, 512), bv(1, 0, 512)],
      DEFAULT_KERNEL,
      identity,
    );
    expect(entries).toHaveLength(2);
    expect(decisions[1]?.newEntryBecause).toBe('boundary');
  });

  it('reports non-contiguous pages before the boundary', () => {
    const { decisions } = mapSg([bv(0, 0, 512), bv(2, 512, 512)], DEFAULT_KERNEL, identity);
    expect(decisions[1]?.newEntryBecause).toBe('not-contiguous');
  });

  it('reports a gap inside one page as not contiguous', () => {
    const { decisions } = mapSg([bv(0, 0, 512), bv(0, 1024, 512)], DEFAULT_KERNEL, identity);
    expect(decisions[1]?.newEntryBecause).toBe('not-contiguous');
  });

  it('applies max_segment_size first', () => {
    const k = resolveKernelConfig({ maxSegmentSize: 4096 });
    const { decisions } = mapSg([bv(0, 0, 4096), bv(1, 0, 512)], k, identity);
    expect(decisions[1]?.newEntryBecause).toBe('size');
  });

  it('merges across pages when the what-if limits allow and frames are contiguous', () => {
    const k = resolveKernelConfig({ maxSegmentSize: 8192, segmentBoundaryMask: 8191 });
    const { entries } = mapSg([bv(0, 2048, 2048), bv(1, 0, 4096)], k, identity);
    expect(entries).toEqual([{ page: 0, offset: 2048, length: 6144, bvecs: [0, 1] }]);
  });

  it('refuses contiguous pfns whose machine frames are not consecutive (Xen PV)', () => {
    const k = resolveKernelConfig({ maxSegmentSize: 8192, segmentBoundaryMask: 8191 });
    const frames = (p: number): PageFrames => ({ pfn: p, mfn: p === 1 ? 900 : 100 + p });
    const { decisions } = mapSg([bv(0, 0, 4096), bv(1, 0, 4096)], k, frames);
    expect(decisions[1]?.newEntryBecause).toBe('machine-frames');
  });

  it('accepts equal machine frames (xen_biovec_phys_mergeable allows mfn1 == mfn2)', () => {
    const k = resolveKernelConfig({ maxSegmentSize: 8192, segmentBoundaryMask: 8191 });
    const frames = (p: number): PageFrames => ({ pfn: p, mfn: 7 });
    expect(mapSg([bv(0, 0, 4096), bv(1, 0, 4096)], k, frames).entries).toHaveLength(1);
  });

  it('checks the boundary from the previous bio_vec start to this bio_vec end', () => {
    // Window 8192: prev starts at 4096 (window 0), this one ends at 8192+511 (window 1).
    const k = resolveKernelConfig({ maxSegmentSize: 16384, segmentBoundaryMask: 8191 });
    const { decisions } = mapSg([bv(0, 0, 4096), bv(1, 0, 4096), bv(2, 0, 512)], k, identity);
    expect(decisions.map((d) => d.newEntryBecause)).toEqual(['first', null, 'boundary']);
  });

  it('gives every bio_vec its own entry without clustering', () => {
    const k = resolveKernelConfig({ clustering: false });
    const { entries, decisions } = mapSg([bv(0, 0, 512), bv(0, 512, 512)], k, identity);
    expect(entries).toHaveLength(2);
    expect(decisions[1]?.newEntryBecause).toBe('no-clustering');
  });

  it('countSgEntries agrees with mapSg', () => {
    const bvecs = [bv(0, 0, 512), bv(0, 512, 512), bv(1, 0, 4096), bv(3, 512, 512)];
    expect(countSgEntries(bvecs, DEFAULT_KERNEL, identity)).toBe(
      mapSg(bvecs, DEFAULT_KERNEL, identity).entries.length,
    );
  });
});
