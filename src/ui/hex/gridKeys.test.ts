import { describe, expect, it } from 'vitest';
import type { DumpLine } from '../../viz/hexdump';
import { moveByKey } from './gridKeys';

// Row 0, rows 1-63 folded, rows 64-66 shown, rows 67-255 folded.
const LINES: DumpLine[] = [
  { kind: 'row', row: 0 },
  { kind: 'repeat', firstRow: 1, rows: 63 },
  { kind: 'row', row: 64 },
  { kind: 'row', row: 65 },
  { kind: 'row', row: 66 },
  { kind: 'repeat', firstRow: 67, rows: 189 },
];
const move = (active: number, key: string, ctrl = false) => moveByKey(LINES, active, key, ctrl);

describe('moveByKey', () => {
  it('moves left and right within a row and wraps to the next shown row', () => {
    expect(move(0, 'ArrowRight')).toBe(1);
    expect(move(15, 'ArrowRight')).toBe(0x400);
    expect(move(0x400, 'ArrowLeft')).toBe(15);
    expect(move(0, 'ArrowLeft')).toBe(0);
  });

  it('moves up and down over the rows shown, keeping the column', () => {
    expect(move(3, 'ArrowDown')).toBe(0x403);
    expect(move(0x403, 'ArrowUp')).toBe(3);
    expect(move(0x423, 'ArrowDown')).toBe(0x423);
  });

  it('goes to row ends with Home/End and to the dump ends with Ctrl', () => {
    expect(move(0x405, 'Home')).toBe(0x400);
    expect(move(0x405, 'End')).toBe(0x40f);
    expect(move(0x405, 'Home', true)).toBe(0);
    expect(move(0x405, 'End', true)).toBe(0x42f);
  });

  it('ignores keys it does not handle', () => {
    expect(move(0, 'a')).toBeNull();
    expect(move(0, 'Tab')).toBeNull();
  });
});
