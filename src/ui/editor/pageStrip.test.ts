import { describe, expect, it } from 'vitest';
import { cellAtX, cellsOfRange, rangeOfCells } from './pageStrip';

describe('page strip', () => {
  it('maps pixels to cells, clamped', () => {
    expect(cellAtX(0, 160, 8)).toBe(0);
    expect(cellAtX(25, 160, 8)).toBe(1);
    expect(cellAtX(-10, 160, 8)).toBe(0);
    expect(cellAtX(500, 160, 8)).toBe(7);
  });
  it('turns a drag into a 512-aligned range, either direction', () => {
    expect(rangeOfCells(2, 5)).toEqual({ offset: 1024, length: 2048 });
    expect(rangeOfCells(5, 2)).toEqual({ offset: 1024, length: 2048 });
    expect(rangeOfCells(3, 3)).toEqual({ offset: 1536, length: 512 });
  });
  it('draws only ranges that make sense', () => {
    expect(cellsOfRange(1024, 1024, 8)).toEqual({ first: 2, last: 3 });
    expect(cellsOfRange(1024, 1000, 8)).toEqual({ first: 2, last: 3 });
    expect(cellsOfRange(3584, 4096, 8)).toEqual({ first: 7, last: 7 });
    expect(cellsOfRange('1k', 512, 8)).toBeNull();
    expect(cellsOfRange(0, 0, 8)).toBeNull();
    expect(cellsOfRange(8192, 512, 8)).toBeNull();
  });
});
