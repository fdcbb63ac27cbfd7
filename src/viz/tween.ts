// Step transitions: how long they take at a playback speed, and the eased progress at a time.
// The clock lives in the UI (requestAnimationFrame); these are pure so tests can sample them at
// fixed points instead of waiting.
import { easeCubicInOut, easeCubicOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import { clamp } from './geometry';

/** Longest step transition, ms. */
export const MAX_TRANSITION_MS = 400;

/** Transitions shorter than this are skipped (about three frames at 60 Hz). */
export const MIN_VISIBLE_TRANSITION_MS = 50;

/**
 * Duration of a step transition at `speed` steps per second: 400 ms, or less when playing fast
 * (0.8 of a step's time), so an animation always finishes before the next step. Zero when the
 * user prefers reduced motion.
 */
export function transitionMs(speed: number, reducedMotion: boolean): number {
  if (reducedMotion || !(speed > 0)) return 0;
  const ms = Math.min(MAX_TRANSITION_MS, 800 / speed);
  // Shorter than three frames is not seen as motion, only paid for: jump instead.
  return ms < MIN_VISIBLE_TRANSITION_MS ? 0 : ms;
}

/** Eased progress in [0, 1] after `elapsedMs` of a `durationMs` transition. */
export function progressAt(elapsedMs: number, durationMs: number): number {
  if (durationMs <= 0) return 1;
  return easeCubicOut(clamp(elapsedMs / durationMs, 0, 1));
}

/** Opacity of something appearing at this step: it fades in over the first 60% of the move. */
export const enterOpacity = (t: number): number => clamp(t / 0.6, 0, 1);

/** A ribbon's drawing progress: it starts after elements have begun to appear, then eases. */
export const ribbonProgress = (t: number): number => easeCubicInOut(clamp((t - 0.1) / 0.9, 0, 1));

/** Interpolates a number between two states of the layout. */
export const tweenNumber = (from: number, to: number, t: number): number =>
  interpolateNumber(from, to)(t);

/** Opacity of cells a step writes: they appear as the ribbon or arrow carrying them lands. */
export const landOpacity = (t: number): number => clamp((ribbonProgress(t) - 0.6) / 0.4, 0, 1);
