// A timing loop: warm up (so the JIT has compiled the hot paths), then run batches until the
// time budget is spent, and report work units per second from performance.now().

/** The outcome of one measurement. */
export interface Measurement {
  /** Work units done in the timed part (e.g. simulated requests). */
  readonly units: number;
  /** Calls of the measured function in the timed part. */
  readonly calls: number;
  readonly seconds: number;
}

/** Calls `work` (which returns the units it did) repeatedly for about `seconds` after a warm-up. */
export function measure(work: () => number, seconds: number, warmupSeconds = 0.5): Measurement {
  const spin = (budget: number): Measurement => {
    const start = performance.now();
    let units = 0;
    let calls = 0;
    let elapsed = 0;
    // Check the clock once per batch of calls so the clock is not what gets measured.
    while (elapsed < budget * 1000) {
      for (let i = 0; i < 16; i++) units += work();
      calls += 16;
      elapsed = performance.now() - start;
    }
    return { units, calls, seconds: elapsed / 1000 };
  };
  spin(warmupSeconds);
  return spin(seconds);
}

/** Rounds a rate for printing (three significant figures are plenty for a bench). */
export const rate = (units: number, seconds: number): number =>
  Number((units / seconds).toPrecision(3));
