// Progress figures of a running counterexample search: rate and time left, from the snapshots the
// worker posts (count checked at a time). Pure, so the numbers are testable without a clock.

/** One progress observation: `checked` layouts done at `time` (milliseconds, any origin). */
export interface ProgressSample {
  readonly time: number;
  readonly checked: number;
}

/** How far a search is and how fast it goes. */
export interface ProgressFigures {
  readonly checked: number;
  readonly total: number;
  /** 0..1. */
  readonly fraction: number;
  /** Layouts per second over the recent window, or null before two samples exist. */
  readonly rate: number | null;
  /** Seconds left at that rate, or null when unknown. */
  readonly etaSeconds: number | null;
}

/**
 * The rate is measured over the last RATE_WINDOW_MS, not since the start: a worker's first
 * chunks run slower (JIT warm-up), so a whole-run average would overstate the time left.
 */
export const RATE_WINDOW_MS = 2000;

/** Figures for `samples` (oldest first) of a search over `total` layouts. */
export function progressFigures(
  samples: readonly ProgressSample[],
  total: number,
): ProgressFigures {
  const last = samples.at(-1);
  const checked = last?.checked ?? 0;
  const fraction = total > 0 ? Math.min(1, checked / total) : 0;
  if (!last) return { checked, total, fraction, rate: null, etaSeconds: null };
  // The oldest sample still inside the window (or the one just before it, so a window with a
  // single sample still has a baseline).
  let first = samples[0]!;
  for (const s of samples) {
    if (last.time - s.time <= RATE_WINDOW_MS) break;
    first = s;
  }
  const dt = last.time - first.time;
  if (dt <= 0) return { checked, total, fraction, rate: null, etaSeconds: null };
  const rate = ((last.checked - first.checked) * 1000) / dt;
  const left = Math.max(0, total - checked);
  const etaSeconds = rate > 0 ? left / rate : left === 0 ? 0 : null;
  return { checked, total, fraction, rate, etaSeconds };
}

/** Drops samples older than the window needs, keeping the list short on long runs. */
export function trimSamples(samples: readonly ProgressSample[]): ProgressSample[] {
  const last = samples.at(-1);
  if (!last) return [];
  const keepFrom = samples.findIndex((s) => last.time - s.time <= RATE_WINDOW_MS);
  return samples.slice(Math.max(0, keepFrom - 1));
}

/**
 * A duration for the ETA, rounded up to whole seconds, in the largest two units that matter:
 * `{ s }` under a minute, `{ m, s }` under an hour, else `{ h, m }`. The UI words it.
 */
export type DurationParts =
  | { readonly unit: 's'; readonly s: number }
  | { readonly unit: 'ms'; readonly m: number; readonly s: number }
  | { readonly unit: 'hm'; readonly h: number; readonly m: number };

/** `seconds` split as DurationParts. */
export function durationParts(seconds: number): DurationParts {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return { unit: 's', s };
  const m = Math.floor(s / 60);
  if (m < 60) return { unit: 'ms', m, s: s % 60 };
  return { unit: 'hm', h: Math.floor(m / 60), m: m % 60 };
}

/** "850", "12.3k", "1.2M": a compact count (k and M read the same in English and Chinese UIs). */
export function compactCount(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  return `${Math.round(n)}`;
}
