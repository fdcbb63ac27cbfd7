import { describe, expect, it } from 'vitest';
import type { DumpLine } from '../../viz/hexdump';
import {
  LINES_PER_WINDOW,
  lineOfRow,
  nextShownRow,
  previousShownRow,
  windowCount,
  windowFirstRow,
  windowLabel,
  windowOfRow,
} from './hexWindow';

// A 0x1000-byte dump: row 0, rows 1-63 folded, rows 64-66, rows 67-255 folded.
const LINES: DumpLine[] = [
  { kind: 'row', row: 0 },
  { kind: 'repeat', firstRow: 1, rows: 63 },
  { kind: 'row', row: 64 },
  { kind: 'row', row: 65 },
  { kind: 'row', row: 66 },
  { kind: 'repeat', firstRow: 67, rows: 189 },
];

describe('hex windows', () => {
  it('finds the line covering a row, folded or not', () => {
    expect([0, 1, 63, 64, 66, 67, 255].map((r) => lineOfRow(LINES, r))).toEqual([
      0, 1, 1, 2, 4, 5, 5,
    ]);
  });

  it('moves between shown rows, skipping folds', () => {
    expect(nextShownRow(LINES, 0)).toBe(64);
    expect(nextShownRow(LINES, 66)).toBeNull();
    expect(previousShownRow(LINES, 64)).toBe(0);
    expect(previousShownRow(LINES, 100)).toBe(66);
  });

  it('labels a window by the bytes it covers, folds included', () => {
    expect(windowCount(LINES)).toBe(1);
    expect(windowLabel(LINES, 0)).toBe('00000000–00000fff');
  });

  it('cuts long dumps into windows of LINES_PER_WINDOW lines', () => {
    const rows: DumpLine[] = Array.from({ length: 70 }, (_, row) => ({ kind: 'row', row }));
    expect(windowCount(rows)).toBe(3);
    expect(windowOfRow(rows, LINES_PER_WINDOW)).toBe(1);
    expect(windowFirstRow(rows, 2)).toBe(64);
    expect(windowLabel(rows, 1)).toBe('00000200–000003ff');
    expect(windowLabel(rows, 2)).toBe('00000400–0000045f');
  });
});
