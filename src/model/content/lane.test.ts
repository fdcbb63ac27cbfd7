import { describe, expect, it } from 'vitest';
import { grantId } from '../units';
import { Lane } from './lane';
import { cellRef, DISK_ROOT, INITIAL_MEMORY_ROOT, refCell, refRoot } from './roots';

describe('cell references', () => {
  it('pack a root id and a cell losslessly', () => {
    const ref = cellRef(12345, 4_000_000_000);
    expect([refRoot(ref), refCell(ref)]).toEqual([12345, 4_000_000_000]);
  });
});

describe('Lane', () => {
  it('starts with the disk image, initial memory and uninitialised grant pages', () => {
    const lane = new Lane(8, false);
    lane.allocateGrant(grantId(0), 7);
    expect(lane.read('disk', 42, 0)).toBe(cellRef(DISK_ROOT, 42));
    expect(lane.read('memory', 3, 5)).toBe(cellRef(INITIAL_MEMORY_ROOT, 3 * 8 + 5));
    expect(lane.read('grant', 0, 6)).toBe(cellRef(7, 6));
  });

  it('reads back what was written', () => {
    const lane = new Lane(8, false);
    lane.write('memory', 2, 1, cellRef(DISK_ROOT, 99));
    lane.write('disk', 5, 0, cellRef(DISK_ROOT, 6));
    expect(lane.read('memory', 2, 1)).toBe(cellRef(DISK_ROOT, 99));
    expect(lane.read('memory', 2, 0)).toBe(cellRef(INITIAL_MEMORY_ROOT, 16));
    expect([...lane.writtenSectors()]).toEqual([5]);
  });

  it('answers the content at any step from its write log', () => {
    const lane = new Lane(8, true);
    lane.step = 3;
    lane.write('memory', 1, 0, cellRef(DISK_ROOT, 10));
    lane.step = 7;
    lane.write('memory', 1, 0, cellRef(DISK_ROOT, 20));
    expect(lane.at('memory', 1, 0, 2)).toEqual({
      ref: cellRef(INITIAL_MEMORY_ROOT, 8),
      writtenAt: null,
    });
    expect(lane.at('memory', 1, 0, 3)).toEqual({ ref: cellRef(DISK_ROOT, 10), writtenAt: 3 });
    expect(lane.at('memory', 1, 0, 6)).toEqual({ ref: cellRef(DISK_ROOT, 10), writtenAt: 3 });
    expect(lane.at('memory', 1, 0, 100)).toEqual({ ref: cellRef(DISK_ROOT, 20), writtenAt: 7 });
  });

  it('refuses history questions when not traced', () => {
    expect(() => new Lane(8, false).at('disk', 0, 0, 0)).toThrow(/not traced/);
  });
});
