// simulate() is pure: the same scenario gives the same report every time, traced or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/model';
import { scenarioArb } from './arbitraries';
import { propertyParams, propertyTimeout, run } from './helpers';

describe('determinism', () => {
  it(
    'repeated and traced runs give deep-equal reports',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const plain = toReport('x', run(input));
          expect(toReport('x', run(input))).toEqual(plain);
          const traced = run(input, true);
          expect(toReport('x', traced)).toEqual(plain);
          expect(run(input, true).steps).toEqual(traced.steps);
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );
});
