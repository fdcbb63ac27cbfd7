import { describe, expect, it } from 'vitest';
import raidRmw from '../../../scenarios/raid-rmw.json';
import { parseScenario, simulate } from '../../model';
import { opLastStep, parseStringLimit } from './straceSettings';

describe('parseStringLimit', () => {
  it('accepts whole numbers from 1 to 65536', () => {
    expect(parseStringLimit('1')).toEqual({ ok: true, value: 1 });
    expect(parseStringLimit(' 4096 ')).toEqual({ ok: true, value: 4096 });
    expect(parseStringLimit('65536')).toEqual({ ok: true, value: 65536 });
  });

  it('names the field and the rule for anything else', () => {
    for (const bad of ['0', '65537', '-3', '2.5', 'abc', '1e3']) {
      expect(parseStringLimit(bad)).toEqual({
        ok: false,
        error: '-s: must be a whole number from 1 to 65536',
      });
    }
    expect(parseStringLimit('')).toEqual({
      ok: false,
      error: '-s: must be a whole number from 1 to 65536 (it is empty)',
    });
  });
});

describe('opLastStep', () => {
  it('finds the op-done step of each op, in order, and null past the last op', () => {
    const parsed = parseScenario(raidRmw);
    if (!parsed.ok) throw new Error('raid-rmw should be valid');
    const sim = simulate(parsed.value, { trace: true });
    const ends = [0, 1, 2].map((op) => opLastStep(sim, op));
    for (const [op, step] of ends.entries()) {
      expect(sim.steps[step!]).toMatchObject({ type: 'op-done', op });
    }
    expect(ends[0]!).toBeLessThan(ends[1]!);
    expect(ends[2]).toBe(sim.steps.length - 1);
    expect(opLastStep(sim, 3)).toBeNull();
  });
});
