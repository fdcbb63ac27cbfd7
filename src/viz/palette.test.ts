import { describe, expect, it } from 'vitest';
import type { LaneCell } from './cellClasses';
import { grantCellPaint, laneCellPaint, segmentFill, SEGMENT_COLOURS } from './palette';

const lane = (kind: LaneCell['kind']): LaneCell => ({
  kind,
  corruptBytes: 0,
  fresh: false,
  code: kind,
});

describe('palette', () => {
  it('cycles a small categorical palette for segments', () => {
    expect(segmentFill(0)).toBe('var(--pv-seg-0)');
    expect(segmentFill(SEGMENT_COLOURS + 2)).toBe('var(--pv-seg-2)');
  });

  it('tells right from wrong by glyph and pattern, not colour alone', () => {
    const right = laneCellPaint(lane('right'));
    const wrong = laneCellPaint(lane('corrupt'));
    const misdirected = laneCellPaint(lane('misdirected'));
    expect(right.glyph).toBe('✓');
    expect(right.pattern).toBeNull();
    expect(wrong.glyph).toBe('✗');
    expect(wrong.pattern).toBe('wrong');
    expect(misdirected.pattern).toBe('wrong');
    expect(misdirected.fill).not.toBe(wrong.fill);
  });

  it('gives stale and uninitialised grant cells distinct patterns', () => {
    const stale = grantCellPaint({ kind: 'stale', request: 1, fresh: false, code: 's1' });
    const uninit = grantCellPaint({ kind: 'uninit', fresh: false, code: 'u' });
    expect(stale.pattern).toBe('stale');
    expect(uninit.pattern).toBe('uninit');
    expect(uninit.pattern).not.toBe(stale.pattern);
  });
});
