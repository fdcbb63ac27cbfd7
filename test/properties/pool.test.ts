// The persistent grant pool is a LIFO stack: checked against an independent stack replayed from
// the trace's grant-take and grant-return steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb } from './arbitraries';
import { propertyParams, propertyTimeout, run, stepsOf } from './helpers';

describe('persistent grant pool', () => {
  it(
    'each take gets the head of an independent LIFO model; new grants are 0, 1, 2...',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input, true);
          const free: number[] = []; // head last
          let allocated = 0;
          for (const s of sim.steps) {
            if (s.type === 'grant-take') {
              const head = free.pop();
              if (head === undefined) {
                expect(s).toMatchObject({ reused: false, grant: allocated });
                allocated += 1;
              } else {
                expect(s).toMatchObject({ reused: true, grant: head });
              }
            } else if (s.type === 'grant-return') {
              free.push(...s.grants);
            }
            expect(s.after.poolFree, `free list after step ${s.index}`).toEqual(
              [...free].reverse(),
            );
            expect(s.after.poolSize).toBe(allocated);
          }
          expect(sim.poolSize).toBe(allocated);
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it(
    "a request's first reused grant is the previous request's last returned grant",
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input, true);
          const takes = stepsOf(sim, 'grant-take');
          const returns = stepsOf(sim, 'grant-return');
          for (const r of sim.requests.slice(1)) {
            const first = takes.find((t) => t.request === r.index);
            const previous = returns.find((g) => g.request === r.index - 1);
            if (!first?.reused || !previous || previous.grants.length === 0) continue;
            expect(first.grant).toBe(previous.grants[previous.grants.length - 1]);
          }
          // Every request gives back exactly the grants it took, in grants_used order.
          for (const g of returns) {
            expect(g.grants).toEqual(
              takes.filter((t) => t.request === g.request).map((t) => t.grant),
            );
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );
});
