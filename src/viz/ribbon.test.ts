import { describe, expect, it } from 'vitest';
import { arrowPaths, connectorPath, ribbonEnd, ribbonPath } from './ribbon';

const src = { x0: 0, x1: 40, y: 100 };
const dst = { x0: 200, x1: 220, y: 300 };

describe('ribbon', () => {
  it('grows from the source span to the destination span', () => {
    expect(ribbonEnd(src, dst, 0)).toEqual(src);
    expect(ribbonEnd(src, dst, 0.5)).toEqual({ x0: 100, x1: 130, y: 200 });
    expect(ribbonEnd(src, dst, 1)).toEqual(dst);
  });

  it('is a closed area through both spans', () => {
    const d = ribbonPath(src, dst);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    for (const n of ['0,100', '40,100', '200,300', '220,300']) expect(d).toContain(n);
  });

  it('uses vertical tangents (bump curve control points at mid-height)', () => {
    expect(ribbonPath(src, dst)).toContain(',200,');
  });
});

describe('connectorPath and arrowPaths', () => {
  it('draws a connector to its end at t = 1 and halfway at t = 0.5', () => {
    expect(connectorPath({ x: 0, y: 0 }, { x: 10, y: 100 }, 1)).toMatch(/10,100$/);
    expect(connectorPath({ x: 0, y: 0 }, { x: 10, y: 100 }, 0.5)).toMatch(/5,50$/);
  });

  it('draws an arrow whose tip follows t', () => {
    expect(arrowPaths(5, 0, 40, 1).head).toContain('L5,40Z');
    expect(arrowPaths(5, 0, 40, 0.5).head).toContain('L5,20Z');
    expect(arrowPaths(5, 0, 40, 0).shaft).toBe('M5,0V0');
  });
});
