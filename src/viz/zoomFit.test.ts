import { describe, expect, it } from 'vitest';
import {
  baseScale,
  drawnWindow,
  inWindow,
  followTransform,
  IDENTITY,
  magnify,
  MAX_BASE_SCALE,
  MIN_START_SCALE,
  scaleExtent,
  startTransform,
} from './zoomFit';

describe('startTransform', () => {
  it('leaves content that fits alone', () => {
    expect(startTransform(800, 820, null)).toEqual(IDENTITY);
  });

  it('never starts below the legible scale (11 px text)', () => {
    expect(MIN_START_SCALE * 11).toBeGreaterThanOrEqual(11);
    expect(startTransform(1400, 820, null).k).toBe(MIN_START_SCALE);
  });

  it('keeps legible scale and pans to the active segment when content is much wider', () => {
    const t = startTransform(20000, 820, { x0: 10000, x1: 10100 });
    expect(t.k).toBe(MIN_START_SCALE);
    const centre = 10050 * t.k + t.x;
    expect(centre).toBeCloseTo(410);
  });

  it('clamps the pan to the content edges', () => {
    const t = startTransform(20000, 820, { x0: 19950, x1: 20000 });
    expect(t.x).toBeCloseTo(820 - 20000 * t.k);
  });
});

describe('followTransform', () => {
  const t = { k: 1, x: -1000, y: 5 };
  it('does not move when the span is visible', () => {
    expect(followTransform(t, { x0: 1100, x1: 1200 }, 820, 5000)).toBe(t);
  });
  it('pans to centre a span out of view, keeping scale and y', () => {
    const f = followTransform(t, { x0: 3000, x1: 3100 }, 820, 5000);
    expect(f.k).toBe(1);
    expect(f.y).toBe(5);
    expect(3050 + f.x).toBeCloseTo(410);
  });
});

describe('scaleExtent', () => {
  it('lets the user zoom out to see everything and in to 4x', () => {
    expect(scaleExtent(4000, 800)).toEqual([0.2, 4]);
    expect(scaleExtent(500, 800)).toEqual([1, 4]);
  });
});

describe('baseScale and magnify', () => {
  it('draws a laptop pane at 1x and magnifies a projector pane, capped', () => {
    expect(baseScale(820)).toBe(1);
    expect(baseScale(1200)).toBeCloseTo(1.2);
    expect(baseScale(1800)).toBe(MAX_BASE_SCALE);
  });
  it('scales translation with k', () => {
    expect(magnify({ k: 1, x: -10, y: 2 }, 1.5)).toEqual({ k: 1.5, x: -15, y: 3 });
  });
  it('lets a magnified view zoom out to fit', () => {
    expect(scaleExtent(4000, 1300, 1.3)).toEqual([1300 / 4000, 5.2]);
    expect(scaleExtent(900, 1300, 1.3)).toEqual([1.3, 5.2]);
  });
});

describe('drawnWindow', () => {
  it('covers the visible part plus a viewport each side, snapped to 512 px', () => {
    const w = drawnWindow({ k: 1, x: -10000, y: 0 }, 800, 35000);
    expect(w).toEqual({ x0: 8704, x1: 11776 });
    expect(inWindow(w, 10000, 10100)).toBe(true);
    expect(inWindow(w, 20000, 20100)).toBe(false);
  });
  it('is the whole content when zoomed out to fit, and stable under small pans', () => {
    expect(drawnWindow({ k: 800 / 35000, x: 0, y: 0 }, 800, 35000)).toEqual({ x0: 0, x1: 35328 });
    const a = drawnWindow({ k: 1, x: -10000, y: 0 }, 800, 35000);
    const b = drawnWindow({ k: 1, x: -10005, y: 0 }, 800, 35000);
    expect(b).toEqual(a);
  });
});
