import { describe, expect, it } from 'vitest';
import { MARGIN_TOP_PX, rowOffsets, stackRows } from './rows';

describe('stackRows', () => {
  it('stacks bands lazily as heights become known', () => {
    const s = stackRows([
      { id: 'buffer', h: 0, title: 'a' },
      { id: 'bvecs', h: 20, title: 'b' },
    ]);
    expect(s.at('bvecs')).toBe(MARGIN_TOP_PX);
    s.setHeight('buffer', 50);
    expect(s.at('bvecs')).toBe(MARGIN_TOP_PX + 50);
    expect(s.bottom()).toBe(MARGIN_TOP_PX + 70);
    expect(s.frames().map((f) => f.y)).toEqual([MARGIN_TOP_PX, MARGIN_TOP_PX + 50]);
  });
});

describe('rowOffsets', () => {
  const prev = [
    { id: 'buffer' as const, y: 0, h: 40, title: '' },
    { id: 'lanes' as const, y: 40, h: 40, title: '' },
  ];
  const next = [
    { id: 'buffer' as const, y: 0, h: 60, title: '' },
    { id: 'lanes' as const, y: 60, h: 40, title: '' },
    { id: 'message' as const, y: 100, h: 10, title: '' },
  ];
  it('slides shared bands from the old top to the new one', () => {
    expect(rowOffsets(prev, next, 0).get('lanes')).toBe(-20);
    expect(rowOffsets(prev, next, 0.5).get('lanes')).toBe(-10);
    expect(rowOffsets(prev, next, 1).get('lanes')).toBe(0);
  });
  it('leaves new bands in place', () => {
    expect(rowOffsets(prev, next, 0).get('message')).toBe(0);
  });
});
