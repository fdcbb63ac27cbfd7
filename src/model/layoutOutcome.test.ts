import { describe, expect, it } from 'vitest';
import { bvecRead } from '../../test/support/scenarios';
import { DEFAULT_KERNEL } from './config';
import { analyzeLayout } from './layoutOutcome';
import { simulate } from './simulate';
import { pageIndex } from './units';
import { VERSION_IDS } from './versions';

const identity = (p: number) => ({ pfn: p, mfn: p });
const layouts: [number, number, number][][] = [
  [
    [0, 3584, 512],
    [1, 0, 512],
  ],
  [
    [1, 0, 1024],
    [2, 1024, 1024],
    [3, 2048, 2048],
  ],
  [
    [0, 512, 3584],
    [1, 0, 4096],
    [2, 0, 4096],
    [3, 0, 4096],
    [4, 0, 512],
  ],
  [
    [0, 0, 512],
    [0, 512, 512],
    [5, 1024, 512],
    [5, 1536, 2560],
  ],
];

describe('analyzeLayout (the search fast path)', () => {
  it('agrees with the full simulation on a request of its own', () => {
    for (const l of layouts) {
      const bvecs = l.map(([page, offset, length]) => ({ page, offset, length }));
      const full = simulate(bvecRead(bvecs)).requests[0]!;
      const fast = analyzeLayout(
        bvecs.map((b) => ({ ...b, page: pageIndex(b.page) })),
        DEFAULT_KERNEL,
        identity,
      );
      expect(fast.sgEntries).toBe(full.sg.length);
      for (const v of VERSION_IDS) {
        expect(fast.versions[v], v).toEqual({
          wrongBvecs: full.versions[v].wrongBvecs,
          misdirectedBytes: full.versions[v].misdirectedBytes,
          bug: full.versions[v].bug,
        });
      }
    }
  });

  it('reports the NULL grants_used slot 0a8704a51 reads past nr_segments', () => {
    const k = { ...DEFAULT_KERNEL, maxSegmentSize: 8192, segmentBoundaryMask: 8191 };
    const out = analyzeLayout(
      [
        { page: pageIndex(0), offset: 0, length: 4096 },
        { page: pageIndex(1), offset: 0, length: 4096 },
      ],
      k,
      identity,
    );
    expect(out.versions['0a8704a51'].bug).toMatch(/grants_used\[1\]/);
    expect(out.versions.b7649158.bug).toBe('BUG_ON(sg->offset + sg->length > PAGE_SIZE)');
  });
});
