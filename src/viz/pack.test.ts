import { describe, expect, it } from 'vitest';
import { centredSpan, packRows } from './pack';

describe('packRows', () => {
  it('keeps disjoint spans on one row', () => {
    const p = packRows(
      [
        { x0: 0, x1: 10 },
        { x0: 12, x1: 20 },
        { x0: 30, x1: 40 },
      ],
      2,
    );
    expect(p).toEqual({ rows: [0, 0, 0], count: 1 });
  });

  it('moves overlapping spans to new rows and reuses freed rows', () => {
    const p = packRows(
      [
        { x0: 0, x1: 30 },
        { x0: 10, x1: 20 },
        { x0: 25, x1: 40 },
        { x0: 41, x1: 50 },
      ],
      1,
    );
    expect(p.rows).toEqual([0, 1, 1, 0]);
    expect(p.count).toBe(2);
  });

  it('respects the gap and is independent of input order', () => {
    const a = { x0: 0, x1: 10 };
    const b = { x0: 11, x1: 20 };
    expect(packRows([a, b], 2).count).toBe(2);
    expect(packRows([b, a], 2).rows).toEqual([1, 0]);
  });

  it('handles no spans', () => {
    expect(packRows([], 4)).toEqual({ rows: [], count: 0 });
  });
});

describe('centredSpan', () => {
  it('centres when there is room and clamps at the edges', () => {
    expect(centredSpan(50, 20, 0, 100)).toEqual({ x0: 40, x1: 60 });
    expect(centredSpan(2, 20, 0, 100)).toEqual({ x0: 0, x1: 20 });
    expect(centredSpan(99, 20, 0, 100)).toEqual({ x0: 80, x1: 100 });
  });
});
