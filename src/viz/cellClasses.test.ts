import { describe, expect, it } from 'vitest';
import { coveredCells, grantCells, laneCells, sameCells } from './cellClasses';
import { simulatePreset } from '../../test/support/pipelineScenarios';

describe('grantCells', () => {
  const sim = simulatePreset('parted-gpt');

  it('shows stale data from request 1 in grant 0 before the backend fills it', () => {
    const cells = grantCells(sim, '0a8704a51', 0, 36);
    expect(cells[0]).toMatchObject({ kind: 'stale', request: 1 });
    expect(cells[4]).toMatchObject({ kind: 'stale', request: 0 });
    expect(cells[1]).toMatchObject({ kind: 'uninit' });
  });

  it('marks the backend’s transfer as this request’s data for segment 0, with sectors', () => {
    const cells = grantCells(sim, '0a8704a51', 0, 37);
    expect(cells[6]).toMatchObject({ kind: 'data', segment: 0, sector: 2, fresh: true });
    expect(cells[7]).toMatchObject({ kind: 'data', segment: 0, sector: 3 });
    expect(cells[0]).toMatchObject({ kind: 'stale', request: 1 });
    expect(grantCells(sim, '0a8704a51', 0, 38)[6]!.fresh).toBe(false);
  });
});

describe('laneCells', () => {
  const sim = simulatePreset('parted-gpt');
  const r = sim.requests[2]!;
  const covered = coveredCells(r, 8);

  it('covers exactly the bio_vec cells', () => {
    expect(covered.get(11)).toEqual([false, false, false, false, false, false, true, true]);
    expect(covered.get(15)).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('classifies pending, right and corrupt cells per version', () => {
    const before = laneCells(sim, '0a8704a51', r, 12, covered.get(12)!, 42);
    expect(before.every((c) => c.kind === 'pending')).toBe(true);
    const wrong = laneCells(sim, '0a8704a51', r, 12, covered.get(12)!, 43);
    expect(wrong[2]).toMatchObject({ kind: 'corrupt', fresh: true });
    const right = laneCells(sim, 'b7649158', r, 12, covered.get(12)!, 43);
    expect(right.every((c) => c.kind === 'right')).toBe(true);
    expect(laneCells(sim, 'b7649158', r, 11, covered.get(11)!, 43)[0]!.kind).toBe('outside');
  });

  it('compares strips by look', () => {
    const a = laneCells(sim, 'b7649158', r, 12, covered.get(12)!, 44);
    const b = laneCells(sim, 'b7649158', r, 12, covered.get(12)!, 45);
    expect(sameCells(a, b)).toBe(true);
    expect(sameCells(a, laneCells(sim, 'b7649158', r, 12, covered.get(12)!, 43))).toBe(false);
  });
});
