// Properties of the READ completion copies: b7649158 is never wrong, corruption always has a
// misdirected copy behind it, and the two bio_vec walks pick exactly the grants their rules say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERSION_IDS } from '../../src/model';
import { scenarioArb } from './arbitraries';
import { propertyParams, propertyTimeout, run } from './helpers';
import { originalGrantIndices, partialDataWalk } from './referenceLoops';

describe('READ completion copies', () => {
  it(
    'b7649158 never misdirects a byte, and copies exactly its scatterlist entries',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input);
          for (const r of sim.requests) {
            const o = r.versions.b7649158;
            expect(o.misdirectedBytes).toBe(0);
            expect(o.wrongBvecs).toEqual([]);
            // Copy k is sg entry k from grants_used[k], a prefix of the list when a what-if BUGs.
            o.copies.forEach((c, k) => {
              const sg = r.sg[k]!;
              expect(c).toMatchObject({
                grantIndex: k,
                srcOffset: sg.offset,
                page: sg.page,
                dstOffset: sg.offset,
                length: sg.length,
              });
            });
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it(
    'corruptBytes <= misdirectedBytes, and an ok b7649158 READ is never corrupt',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input);
          for (const r of sim.requests) {
            for (const v of VERSION_IDS) {
              const o = r.versions[v];
              expect(o.corruptBytes, `request ${r.index} ${v}`).toBeLessThanOrEqual(
                o.misdirectedBytes,
              );
            }
            if (r.kind === 'read' && r.versions.b7649158.status === 'ok')
              expect(r.versions.b7649158.corruptBytes).toBe(0);
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it(
    '0a8704a51 picks grant floor(running bytes / PAGE_SIZE), NULL past every filled slot',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input);
          const pageSize = sim.scenario.kernel.pageSize;
          // grants_used[] slots ever filled: one per grant taken, kept across requests.
          let slotsFilled = 0;
          for (const r of sim.requests) {
            slotsFilled = Math.max(slotsFilled, r.grants.length);
            const o = r.versions['0a8704a51'];
            if (r.kind !== 'read' || r.grants.length === 0 || o.status === 'not-run') continue;
            const expected = originalGrantIndices(r.bvecs, pageSize);
            const nullAt = expected.findIndex((i) => i >= slotsFilled);
            const copied = nullAt < 0 ? expected.length : nullAt;
            expect(o.copies.map((c) => c.grantIndex)).toEqual(expected.slice(0, copied));
            o.copies.forEach((c, k) => {
              expect(c.bvec).toBe(k);
              expect(c.srcOffset).toBe(r.bvecs[k]!.offset);
              expect(c.length).toBe(r.bvecs[k]!.length);
            });
            if (nullAt < 0) expect(o.bug).toBeNull();
            else expect(o.bug).toMatch(/^NULL pointer dereference/);
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it(
    "d62f69185's i/offset loop: same grants, BUG_ON(i >= nr_segments) exactly when it runs off",
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input);
          for (const r of sim.requests) {
            const o = r.versions.d62f69185;
            if (r.kind !== 'read' || r.grants.length === 0 || o.status === 'not-run') continue;
            const walk = partialDataWalk(r.bvecs, r.sg.length);
            expect(o.copies.map((c) => c.grantIndex)).toEqual(walk.indices);
            o.copies.forEach((c, k) => {
              expect(c.bvec).toBe(k);
              expect(c.srcOffset).toBe(r.bvecs[k]!.offset);
            });
            expect(o.bug).toBe(walk.bugAt === null ? null : 'BUG_ON(i >= nr_segments)');
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );
});
