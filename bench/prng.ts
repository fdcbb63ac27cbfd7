// A tiny seeded PRNG so every bench run simulates the same scenarios (Math.random is not seedable).
import { mulberry32 as mulberry32Bits } from '../src/model/search/prng';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32 (the model's own generator, src/model/search/prng.ts) scaled to [0, 1). */
export function mulberry32(seed: number): Rng {
  const next = mulberry32Bits(seed);
  return () => next() / 4294967296;
}

/** A whole number in [min, max] (both inclusive). */
export const intIn = (rng: Rng, min: number, max: number): number =>
  min + Math.floor(rng() * (max - min + 1));

/** `count` distinct values from [0, n), in random order (partial Fisher-Yates). */
export function distinct(rng: Rng, n: number, count: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = intIn(rng, i, n - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
