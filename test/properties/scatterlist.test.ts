// blk_rq_map_sg: the scatterlist covers the request's bio_vecs exactly once, in order, and each
// merge or break follows the rules of kernel-notes.md step 4 (restated here independently).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestRecord, Scenario } from '../../src/model';
import { scenarioArb } from './arbitraries';
import { propertyParams, propertyTimeout, run } from './helpers';

type RequestBvec = RequestRecord['bvecs'][number];

/** Whether `bv` may join an sg entry of `entryLength` bytes whose last bio_vec is `prev`. */
function mayMerge(prev: RequestBvec, bv: RequestBvec, entryLength: number, s: Scenario): boolean {
  const k = s.kernel;
  const phys = (b: RequestBvec) => s.framesOf(b.page).pfn * k.pageSize + b.offset;
  const mfnPrev = s.framesOf(prev.page).mfn;
  const mfnNext = s.framesOf(bv.page).mfn;
  const window = k.segmentBoundaryMask + 1;
  return (
    k.clustering &&
    entryLength + bv.length <= k.maxSegmentSize &&
    phys(prev) + prev.length === phys(bv) &&
    (mfnNext === mfnPrev || mfnNext === mfnPrev + 1) &&
    Math.floor(phys(prev) / window) === Math.floor((phys(bv) + bv.length - 1) / window)
  );
}

describe('scatterlist mapping', () => {
  it(
    'entry lengths sum to the request bytes; every bio_vec is in exactly one entry, in order',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input);
          for (const r of sim.requests) {
            if (r.sg.length === 0) continue;
            const bytes = r.bvecs.reduce((n, bv) => n + bv.length, 0);
            expect(r.sg.reduce((n, e) => n + e.length, 0)).toBe(bytes);
            expect(r.sg.flatMap((e) => e.bvecs)).toEqual(r.bvecs.map((_, j) => j));
            for (const e of r.sg) {
              const members = e.bvecs.map((j) => r.bvecs[j]!);
              expect(e.length).toBe(members.reduce((n, bv) => n + bv.length, 0));
              expect({ page: e.page, offset: e.offset }).toEqual({
                page: members[0]!.page,
                offset: members[0]!.offset,
              });
            }
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it(
    'a bio_vec joins the previous entry exactly when the merge rules allow it',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input);
          for (const r of sim.requests) {
            let entry = -1;
            let entryLength = 0;
            for (const [j, bv] of r.bvecs.entries()) {
              const prev = r.bvecs[j - 1];
              const joins = prev !== undefined && mayMerge(prev, bv, entryLength, sim.scenario);
              if (joins) entryLength += bv.length;
              else {
                entry += 1;
                entryLength = bv.length;
              }
              if (r.sg.length > 0) expect(r.sg[entry]!.bvecs, `bio_vec ${j}`).toContain(j);
            }
            if (r.sg.length > 0) expect(r.sg.length).toBe(entry + 1);
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it(
    'O_DIRECT bios are sector-contiguous and within max_segments and max_sectors',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input);
          const k = sim.scenario.kernel;
          for (const op of sim.ops) {
            const spec = sim.scenario.ops[op.index]!;
            if (spec.kind !== 'buffer') continue;
            let next: number = spec.sector;
            for (const id of op.requests) {
              const r = sim.requests[id]!;
              const sectors = r.bvecs.reduce((n, bv) => n + bv.length, 0) / 512;
              expect(r.sector).toBe(next);
              next += sectors;
              // bio_add_page never lets a bio outgrow the queue: no queue BUG from direct I/O.
              expect(sectors).toBeLessThanOrEqual(Math.min(k.maxHwSectors, 1024));
              expect(r.sg.length).toBeLessThanOrEqual(k.maxSegments);
              expect(r.reason ?? '').not.toContain('nr_segments >');
            }
            expect(next - spec.sector).toBe(op.status === 'EINVAL' ? 0 : spec.length / 512);
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );
});
