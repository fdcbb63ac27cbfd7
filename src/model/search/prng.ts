// A seeded generator for sampling (src/model may not use Math.random). mulberry32, the same
// generator bench/prng.ts uses: 32-bit state, fast, well spread for picking layouts.

/** A source of uniform 32-bit unsigned integers. */
export type Rng32 = () => number;

/** mulberry32 seeded with the low 32 bits of `seed`. */
export function mulberry32(seed: number): Rng32 {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A uniform float in [0, 1) with 53 random bits (two draws), so weights up to 2^53 stay fair. */
export function uniform53(rng: Rng32): number {
  const hi = rng() >>> 5; // 27 bits
  const lo = rng() >>> 6; // 26 bits
  return (hi * 67108864 + lo) / 9007199254740992;
}

/** A uniform whole number in [0, n) for small n (n <= 2^32). */
export const below = (rng: Rng32, n: number): number => Math.floor((rng() / 4294967296) * n);
