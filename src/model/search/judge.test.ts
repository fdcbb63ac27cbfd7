// The search's inner loop must judge exactly as the reference fast path, analyzeLayout()
// (mapSg -> completion plans -> misdirectedBytesOf), which layoutOutcome.test.ts ties to the full
// simulation. Checked on random layouts, kernel what-ifs and page frames.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyParams, propertyTimeout } from '../../../test/properties/helpers';
import { DEFAULT_KERNEL, type KernelConfig } from '../config';
import { analyzeLayout } from '../layoutOutcome';
import { mapSg } from '../stages/mapSg';
import { pageIndex } from '../units';
import { VERSION_IDS } from '../versions';
import { IN_SPACE, LayoutJudge, TOO_MANY_SECTORS, TOO_MANY_SEGMENTS } from './judge';
import { spaceSize } from './count';
import { ExhaustiveWalk } from './enumerate';
import { framesFor, type SearchSpace } from './space';

const PAGES = 4;

const kernelArb: fc.Arbitrary<KernelConfig> = fc
  .record({
    pageSize: fc.constantFrom(4096, 8192),
    segmentFactor: fc.constantFrom(1, 2, 3),
    windowFactor: fc.constantFrom(1, 2, 4),
    clustering: fc.boolean(),
    maxSegments: fc.integer({ min: 1, max: 8 }),
    hwFactor: fc.constantFrom(1, 2, 4, 16),
  })
  .map((r) => ({
    pageSize: r.pageSize,
    sectorSize: 512,
    maxSegments: r.maxSegments,
    maxSegmentSize: r.segmentFactor * r.pageSize,
    segmentBoundaryMask: r.windowFactor * r.pageSize - 1,
    clustering: r.clustering,
    maxHwSectors: (r.hwFactor * r.pageSize) / 512,
  }));

/** Frames: one of the search's contiguity settings, or small random frames (many coincidences). */
const framesArb = fc.oneof(
  fc.constantFrom('none', 'physical', 'machine').map((c) => (p: number) => framesFor(c, p)),
  fc.constant((p: number) => ({ pfn: p, mfn: p })),
  fc
    .array(
      fc.record({ pfn: fc.integer({ min: 0, max: 5 }), mfn: fc.integer({ min: 0, max: 5 }) }),
      {
        minLength: PAGES,
        maxLength: PAGES,
      },
    )
    .map((frames) => (p: number) => frames[p]!),
);

/**
 * Up to 6 non-overlapping bio_vecs on PAGES pages. Offsets and ends are drawn with a bias to the
 * page edges so that bio_vecs often continue on the next page (what cross-page merges need).
 */
function layoutArb(pageSize: number) {
  const units = pageSize / 512;
  const edge = (min: number) =>
    fc.oneof(fc.integer({ min, max: units }), fc.constant(min), fc.constant(units));
  return fc
    .array(
      fc.record({
        page: fc.integer({ min: 0, max: PAGES - 1 }),
        start: edge(0).map((u) => Math.min(u, units - 1)),
        end: edge(1),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((raw) => {
      const kept: { page: number; offset: number; length: number }[] = [];
      for (const r of raw) {
        const offset = r.start * 512;
        const length = Math.max(1, r.end - r.start) * 512;
        if (offset + length > pageSize) continue;
        const clash = kept.some(
          (k) => k.page === r.page && k.offset < offset + length && offset < k.offset + k.length,
        );
        if (!clash) kept.push({ page: r.page, offset, length });
      }
      return kept;
    })
    .filter((kept) => kept.length > 0);
}

const caseArb = kernelArb.chain((kernel) =>
  fc.tuple(fc.constant(kernel), framesArb, layoutArb(kernel.pageSize)),
);

describe('LayoutJudge (the search inner loop)', () => {
  it(
    'agrees with analyzeLayout on every version, and excludes what the block layer never builds',
    () => {
      fc.assert(
        fc.property(caseArb, ([kernel, framesOf, layout]) => {
          const bvecs = layout.map((b) => ({ ...b, page: pageIndex(b.page) }));
          const judge = new LayoutJudge(6, kernel, PAGES, framesOf);
          bvecs.forEach((b, i) => {
            judge.page[i] = b.page;
            judge.offset[i] = b.offset;
            judge.length[i] = b.length;
          });
          const inSpace = judge.judge(bvecs.length);
          const sg = mapSg(bvecs, kernel, framesOf).entries;
          const bytes = bvecs.reduce((s, b) => s + b.length, 0);
          expect(judge.segments).toBe(sg.length);
          expect(judge.excluded).toBe(
            sg.length > kernel.maxSegments
              ? TOO_MANY_SEGMENTS
              : bytes > kernel.maxHwSectors * 512
                ? TOO_MANY_SECTORS
                : IN_SPACE,
          );
          expect(inSpace).toBe(judge.excluded === IN_SPACE);
          if (!inSpace) return;
          const reference = analyzeLayout(bvecs, kernel, framesOf);
          VERSION_IDS.forEach((id, v) => {
            const ref = reference.versions[id];
            expect(judge.misdirected[v], id).toBe(ref.misdirectedBytes);
            expect(judge.bug[v] === 1, id).toBe(ref.bug !== null);
            const failed = ref.misdirectedBytes > 0 || ref.bug !== null;
            expect(judge.failureAt[v]! >= 0, id).toBe(failed);
            // Wrong copies all come before a BUG (the loop stops there), so the failure point is
            // the first wrong bio_vec whenever there is one.
            if (ref.wrongBvecs.length > 0) expect(judge.failureAt[v], id).toBe(ref.wrongBvecs[0]);
            expect(judge.pattern[v]! >= 0, id).toBe(failed);
          });
        }),
        propertyParams(1000),
      );
    },
    propertyTimeout(1000),
  );

  it('meets every case in a fixed sample (the property is not vacuous)', () => {
    const seen = new Set<string>();
    for (const [kernel, framesOf, layout] of fc.sample(caseArb, { numRuns: 3000, seed: 6 })) {
      const judge = new LayoutJudge(6, kernel, PAGES, framesOf);
      layout.forEach((b, i) => {
        judge.page[i] = b.page;
        judge.offset[i] = b.offset;
        judge.length[i] = b.length;
      });
      if (!judge.judge(layout.length)) {
        seen.add(`excluded ${judge.excluded}`);
        continue;
      }
      if (
        layout.some((_, j) => j > 0 && judge.joined[j] && layout[j]!.page !== layout[j - 1]!.page)
      )
        seen.add('segment across pages');
      VERSION_IDS.forEach((id, v) => {
        if (judge.misdirected[v]! > 0) seen.add(`${id} misdirects`);
        if (judge.bug[v]) seen.add(`${id} BUG`);
      });
    }
    expect([...seen].sort()).toEqual(
      [
        `excluded ${TOO_MANY_SEGMENTS}`,
        `excluded ${TOO_MANY_SECTORS}`,
        'segment across pages',
        '0a8704a51 misdirects',
        '0a8704a51 BUG',
        'd62f69185 misdirects',
        'd62f69185 BUG',
        'b7649158 BUG',
      ].sort(),
    );
  });
});

describe('incremental judging (the exhaustive walk)', () => {
  it('gives every layout the verdict of judging it from scratch', () => {
    const spaces: SearchSpace[] = [
      { pages: 3, maxBvecs: 3, granularity: 1024, kernel: DEFAULT_KERNEL, contiguity: 'none' },
      {
        pages: 2,
        maxBvecs: 4,
        granularity: 1024,
        kernel: { ...DEFAULT_KERNEL, maxSegmentSize: 8192, segmentBoundaryMask: 8191 },
        contiguity: 'machine',
      },
      {
        pages: 2,
        maxBvecs: 3,
        granularity: 1024,
        kernel: { ...DEFAULT_KERNEL, clustering: false, maxSegments: 2 },
        contiguity: 'machine',
      },
    ];
    for (const space of spaces) {
      const framesOf = (p: number) => framesFor(space.contiguity, p);
      const incremental = new LayoutJudge(space.maxBvecs, space.kernel, space.pages, framesOf);
      const fresh = new LayoutJudge(space.maxBvecs, space.kernel, space.pages, framesOf);
      const walk = new ExhaustiveWalk(space, false, incremental);
      let layouts = 0;
      while (walk.next() !== 0) {
        layouts++;
        const n = walk.n;
        fresh.page.set(incremental.page);
        fresh.offset.set(incremental.offset);
        fresh.length.set(incremental.length);
        const inSpace = incremental.conclude(n);
        expect(fresh.judge(n)).toBe(inSpace);
        expect(incremental.excluded).toBe(fresh.excluded);
        if (!inSpace) continue;
        for (const field of ['misdirected', 'bug', 'failureAt', 'pattern'] as const) {
          if (!incremental[field].every((x, v) => x === fresh[field][v])) {
            expect([...incremental[field]], `${field} of layout ${layouts}`).toEqual([
              ...fresh[field],
            ]);
          }
        }
      }
      expect(layouts).toBe(spaceSize({ ...space }).labelled);
    }
  });
});
