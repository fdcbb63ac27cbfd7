// The step transition's progress as a tiny external store. A rAF loop advances it; only the
// components that animate this step (new boxes, cells being written, ribbons, arrows) subscribe,
// so a frame re-renders a handful of elements instead of the whole drawing, and nothing writes a
// CSS variable on an ancestor (which would restyle every cell of a 256-segment request per frame).
import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { progressAt } from '../../viz/tween';

/** Progress of the current step transition, 0 -> 1; 1 when idle. */
export class TweenClock {
  private value = 1;
  private frame = 0;
  private readonly listeners = new Set<() => void>();

  /** @param key what is shown when the clock is created (not animated) */
  constructor(private key = '') {}

  /** Current progress. */
  readonly get = (): number => this.value;

  /** Progress of the transition to `key`: 0 if it has not started yet. */
  getFor(key: string): number {
    return key === this.key ? this.value : 0;
  }

  /** Subscribes to progress changes (useSyncExternalStore's signature). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts the transition to `key`: 0 -> 1 over `durationMs` (at once when 0). */
  start(key: string, durationMs: number): void {
    this.stop();
    this.key = key;
    if (durationMs <= 0) {
      this.notify();
      return;
    }
    this.set(0);
    const begin = performance.now();
    const tick = (now: number) => {
      const t = progressAt(now - begin, durationMs);
      this.set(t);
      this.frame = t < 1 ? requestAnimationFrame(tick) : 0;
    };
    this.frame = requestAnimationFrame(tick);
  }

  /** Ends any transition at its final frame. */
  stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.set(1);
  }

  private set(t: number): void {
    if (t === this.value) return;
    this.value = t;
    this.notify();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

const IDLE = new TweenClock();

/** The clock of the pipeline view being rendered. */
export const TweenContext = createContext<TweenClock>(IDLE);

/**
 * A clock that restarts whenever `key` changes (after the first render: a page opened at step 40
 * shows step 40 at once). Started in a layout effect, so the frame at t = 0 replaces the final
 * frame before the browser paints: new things never flash in at full opacity.
 */
export function useTweenClock(key: string, durationMs: number): TweenClock {
  const [clock] = useState(() => new TweenClock(key));
  const shown = useRef(key);
  useLayoutEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    clock.start(key, durationMs);
  }, [clock, key, durationMs]);
  useLayoutEffect(() => () => clock.stop(), [clock]);
  return clock;
}

const never = () => () => {};

const one = () => 1;

/**
 * `clock`'s progress while `active` (re-rendering every frame); 1 and no re-renders otherwise.
 * With `key`, the progress towards that key (0 until its transition starts).
 */
export function useClockValue(clock: TweenClock, active: boolean, key?: string): number {
  const get = key === undefined ? clock.get : () => clock.getFor(key);
  return useSyncExternalStore(active ? clock.subscribe : never, active ? get : one);
}

/** Transition progress for an element that animates this step; 1 (and no re-renders) otherwise. */
export function useTween(animating: boolean): number {
  return useClockValue(useContext(TweenContext), animating);
}
