import { describe, expect, it } from 'vitest';
import { COLUMN_GAP_PX, MARGIN_X_PX, MAX_CELL_PX, MIN_CELL_PX, makeGrid } from './grid';

describe('makeGrid', () => {
  it('fills an 820 px pane with five page columns', () => {
    const g = makeGrid({ count: 5, cpp: 8, width: 820, minColW: 120 });
    expect(g.cellW).toBeCloseTo((820 - 2 * MARGIN_X_PX - 4 * COLUMN_GAP_PX) / 40);
    expect(g.width).toBe(820);
    expect(g.columnX(0)).toBeCloseTo(MARGIN_X_PX);
    expect(g.columnX(1) - g.columnX(0)).toBeCloseTo(g.colW + COLUMN_GAP_PX);
    expect(g.columnX(4) + g.colW).toBeCloseTo(820 - MARGIN_X_PX);
  });

  it('caps cell size for a small request and floors it for a big one', () => {
    expect(makeGrid({ count: 1, cpp: 8, width: 1600, minColW: 50 }).cellW).toBe(MAX_CELL_PX);
    const big = makeGrid({ count: 256, cpp: 8, width: 820, minColW: 0 });
    expect(big.cellW).toBe(MIN_CELL_PX);
    expect(big.width).toBeGreaterThan(820);
  });

  it('widens cells so a column holds its widest label, and keeps columns disjoint', () => {
    const g = makeGrid({ count: 11, cpp: 8, width: 820, minColW: 124 });
    expect(g.stripW).toBeGreaterThanOrEqual(124);
    for (let c = 1; c < 11; c++) expect(g.columnX(c)).toBeGreaterThan(g.columnX(c - 1) + g.colW);
    expect(g.cellX(3, 8) - g.cellX(3, 0)).toBeCloseTo(g.stripW);
  });

  it('centres strips that are narrower than their column', () => {
    const g = makeGrid({ count: 2, cpp: 1, width: 400, minColW: 100 });
    expect(g.stripW).toBe(MAX_CELL_PX);
    expect(g.stripX(0)).toBeCloseTo(MARGIN_X_PX + (100 - MAX_CELL_PX) / 2);
  });
});
