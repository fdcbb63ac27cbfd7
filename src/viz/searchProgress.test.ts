import { describe, expect, it } from 'vitest';
import {
  compactCount,
  durationParts,
  progressFigures,
  RATE_WINDOW_MS,
  trimSamples,
} from './searchProgress';

describe('progressFigures', () => {
  it('knows nothing about rate before two samples', () => {
    expect(progressFigures([], 100)).toEqual({
      checked: 0,
      total: 100,
      fraction: 0,
      rate: null,
      etaSeconds: null,
    });
    expect(progressFigures([{ time: 5, checked: 10 }], 100)).toMatchObject({
      checked: 10,
      fraction: 0.1,
      rate: null,
    });
  });

  it('measures the rate over the recent window, ignoring a slow start', () => {
    // A slow first second (JIT warm-up), then 1000 layouts per second.
    const samples = [
      { time: 0, checked: 0 },
      { time: 1000, checked: 100 },
      { time: 2000, checked: 1100 },
      { time: 3000, checked: 2100 },
      { time: 4000, checked: 3100 },
    ];
    const f = progressFigures(samples, 10_100);
    expect(f.rate).toBeCloseTo(1000);
    // 7000 left at 1000/s.
    expect(f.etaSeconds).toBeCloseTo(7);
  });

  it('says zero seconds left when done, and unknown when stalled short of the end', () => {
    expect(
      progressFigures(
        [
          { time: 0, checked: 50 },
          { time: 500, checked: 50 },
        ],
        50,
      ).etaSeconds,
    ).toBe(0);
    expect(
      progressFigures(
        [
          { time: 0, checked: 10 },
          { time: 500, checked: 10 },
        ],
        50,
      ).etaSeconds,
    ).toBeNull();
  });

  it('caps the fraction at 1 and copes with an empty space', () => {
    expect(progressFigures([{ time: 0, checked: 7 }], 5).fraction).toBe(1);
    expect(progressFigures([{ time: 0, checked: 0 }], 0).fraction).toBe(0);
  });
});

describe('trimSamples', () => {
  it('keeps the window plus one baseline sample before it', () => {
    const samples = [0, 1000, 2000, 3000, 4000].map((time) => ({ time, checked: time }));
    const kept = trimSamples(samples);
    expect(kept.map((s) => s.time)).toEqual([1000, 2000, 3000, 4000]);
    expect(4000 - kept[1]!.time).toBeLessThanOrEqual(RATE_WINDOW_MS);
    // Trimming does not change the rate.
    expect(progressFigures(kept, 10_000).rate).toBe(progressFigures(samples, 10_000).rate);
  });
});

describe('formatting', () => {
  it('writes durations and rates compactly', () => {
    expect(durationParts(0.2)).toEqual({ unit: 's', s: 1 });
    expect(durationParts(59)).toEqual({ unit: 's', s: 59 });
    expect(durationParts(185)).toEqual({ unit: 'ms', m: 3, s: 5 });
    expect(durationParts(7260)).toEqual({ unit: 'hm', h: 2, m: 1 });
    expect(compactCount(850.4)).toBe('850');
    expect(compactCount(12_345)).toBe('12.3k');
    expect(compactCount(1_234_567)).toBe('1.2M');
  });
});
