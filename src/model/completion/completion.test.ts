import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL } from '../config';
import { mapSg } from '../stages/mapSg';
import { pageIndex } from '../units';
import { originalCompletion } from './original';
import { partialDataCompletion } from './partialData';
import { sgBasedCompletion } from './sgBased';
import type { CompletionInput } from './types';

const identity = (p: number) => ({ pfn: p, mfn: p });
function request(bvecs: [number, number, number][], pageSize = 4096): CompletionInput {
  const bv = bvecs.map(([page, offset, length]) => ({ page: pageIndex(page), offset, length }));
  return { bvecs: bv, sg: mapSg(bv, { ...DEFAULT_KERNEL, pageSize }, identity).entries, pageSize };
}
const grants = (plan: { copies: readonly { grantIndex: number }[] }) =>
  plan.copies.map((c) => c.grantIndex);

describe('0a8704a51: grant = running byte count >> PAGE_SHIFT', () => {
  it('stays on grant 0 after a partial first page', () => {
    const plan = originalCompletion(
      request([
        [0, 3584, 512],
        [1, 0, 512],
      ]),
    );
    expect(grants(plan)).toEqual([0, 0]);
    expect(plan.copies[1]?.vars).toMatchObject({ i: 0, offset: 512, bv_offset: 0, bv_len: 512 });
  });

  it('is one page behind for every full page after a 3584-byte head', () => {
    const plan = originalCompletion(
      request([
        [0, 512, 3584],
        [1, 0, 4096],
        [2, 0, 4096],
        [3, 0, 4096],
        [4, 0, 512],
      ]),
    );
    expect(grants(plan)).toEqual([0, 0, 1, 2, 3]);
  });

  it('copies at bv_offset, bv_len bytes, into the bio_vec', () => {
    const plan = originalCompletion(request([[5, 1024, 2048]]));
    expect(plan.copies[0]).toMatchObject({
      srcOffset: 1024,
      page: 5,
      dstOffset: 1024,
      length: 2048,
      bvec: 0,
    });
  });
});

describe('d62f69185: next grant only when the page offset goes backwards', () => {
  it('fixes the straddling read', () => {
    expect(
      grants(
        partialDataCompletion(
          request([
            [0, 3584, 512],
            [1, 0, 512],
          ]),
        ),
      ),
    ).toEqual([0, 1]);
  });

  it('stays on grant 0 for the RAID stripe layout', () => {
    expect(
      grants(
        partialDataCompletion(
          request([
            [1, 0, 1024],
            [2, 1024, 1024],
            [3, 2048, 2048],
          ]),
        ),
      ),
    ).toEqual([0, 0, 0]);
  });

  it('keeps adjacent same-page bio_vecs on one grant', () => {
    expect(
      grants(
        partialDataCompletion(
          request([
            [0, 0, 512],
            [0, 512, 512],
            [1, 0, 512],
          ]),
        ),
      ),
    ).toEqual([0, 0, 1]);
  });

  it('hits BUG_ON(i >= nr_segments) when one entry spans pages (what-if limits)', () => {
    // With max_segment_size 8192 and mask 8191, contiguous P0 and P1 share one entry; the
    // offset going back to 0 moves i to 1, past the single segment.
    const bv = [
      { page: pageIndex(0), offset: 2048, length: 2048 },
      { page: pageIndex(1), offset: 0, length: 4096 },
    ];
    const k = { ...DEFAULT_KERNEL, maxSegmentSize: 8192, segmentBoundaryMask: 8191 };
    const sg = mapSg(bv, k, identity).entries;
    expect(sg).toHaveLength(1);
    const plan = partialDataCompletion({ bvecs: bv, sg, pageSize: 4096 });
    expect(plan.copies).toHaveLength(1);
    expect(plan.bug).toMatchObject({ iteration: 1, message: 'BUG_ON(i >= nr_segments)' });
    expect(plan.bug?.vars).toMatchObject({ i: 1, nr_segments: 1 });
  });

  it('gives each of three backwards-going bio_vecs on one page its own grant', () => {
    expect(
      grants(
        partialDataCompletion(
          request([
            [0, 2048, 512],
            [0, 1024, 512],
            [0, 0, 512],
          ]),
        ),
      ),
    ).toEqual([0, 1, 2]);
  });
});

describe('b7649158: walk the scatterlist', () => {
  it('copies entry i from grant i at sg->offset', () => {
    const plan = sgBasedCompletion(
      request([
        [0, 0, 512],
        [0, 512, 512],
        [1, 1024, 512],
      ]),
    );
    expect(plan.copies.map((c) => [c.grantIndex, c.srcOffset, c.page, c.length])).toEqual([
      [0, 0, 0, 1024],
      [1, 1024, 1, 512],
    ]);
    expect(plan.bug).toBeNull();
  });

  it('hits BUG_ON when an entry crosses the page', () => {
    const bv = [
      { page: pageIndex(0), offset: 2048, length: 2048 },
      { page: pageIndex(1), offset: 0, length: 4096 },
    ];
    const sg = [{ page: pageIndex(0), offset: 2048, length: 6144, bvecs: [0, 1] }];
    const plan = sgBasedCompletion({ bvecs: bv, sg, pageSize: 4096 });
    expect(plan.copies).toHaveLength(0);
    expect(plan.bug?.message).toBe('BUG_ON(sg->offset + sg->length > PAGE_SIZE)');
  });
});
