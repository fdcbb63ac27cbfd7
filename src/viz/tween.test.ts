import { describe, expect, it } from 'vitest';
import {
  enterOpacity,
  landOpacity,
  MAX_TRANSITION_MS,
  progressAt,
  ribbonProgress,
  transitionMs,
  tweenNumber,
} from './tween';

describe('transitionMs', () => {
  it('is min(400 ms, 0.8 / speed seconds), and instant under reduced motion', () => {
    expect(transitionMs(1, false)).toBe(MAX_TRANSITION_MS);
    expect(transitionMs(4, false)).toBe(200);
    expect(transitionMs(16, false)).toBe(50);
    expect(transitionMs(32, false)).toBe(0);
    expect(transitionMs(64, false)).toBe(0);
    expect(transitionMs(1, true)).toBe(0);
  });
});

describe('progress at fixed points', () => {
  it('eases from 0 to 1', () => {
    expect(progressAt(0, 400)).toBe(0);
    expect(progressAt(200, 400)).toBeCloseTo(0.875);
    expect(progressAt(400, 400)).toBe(1);
    expect(progressAt(900, 400)).toBe(1);
    expect(progressAt(0, 0)).toBe(1);
  });

  it('fades entering elements in, then draws ribbons', () => {
    expect([enterOpacity(0), enterOpacity(0.5), enterOpacity(1)]).toEqual([0, 0.5 / 0.6, 1]);
    expect(ribbonProgress(0)).toBe(0);
    expect(ribbonProgress(0.5)).toBeGreaterThan(0);
    expect(ribbonProgress(0.5)).toBeLessThan(1);
    expect(ribbonProgress(1)).toBe(1);
  });

  it('shows written cells only as their ribbon lands', () => {
    expect(landOpacity(0)).toBe(0);
    expect(landOpacity(0.5)).toBeLessThan(enterOpacity(0.5));
    expect(landOpacity(1)).toBe(1);
  });

  it('interpolates numbers', () => {
    expect([0, 0.5, 1].map((t) => tweenNumber(10, 30, t))).toEqual([10, 20, 30]);
  });
});
