// The walkers against brute force: the closed-form counts, the exhaustive walk (every shape once,
// weights summing to the labelled layouts) and the sampler (deterministic, uniform).
import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL } from '../config';
import { disjointTuples, spaceSize } from './count';
import { ExhaustiveWalk, UniformSampler } from './enumerate';
import { mulberry32 } from './prng';
import type { SearchSpace } from './space';

type Layout = [page: number, offset: number, length: number][];

/** Every labelled layout, by nested loops: the definition of the space, written plainly. */
function bruteForce(space: SearchSpace): Layout[] {
  const out: Layout[] = [];
  const g = space.granularity;
  const pieces: [number, number, number][] = [];
  for (let p = 0; p < space.pages; p++)
    for (let o = 0; o < space.kernel.pageSize; o += g)
      for (let l = g; o + l <= space.kernel.pageSize; l += g) pieces.push([p, o, l]);
  const grow = (layout: Layout) => {
    if (layout.length > 0) out.push(layout);
    if (layout.length === space.maxBvecs) return;
    for (const piece of pieces) {
      const [p, o, l] = piece;
      if (layout.some(([q, a, n]) => q === p && a < o + l && o < a + n)) continue;
      grow([...layout, piece]);
    }
  };
  grow([]);
  return out;
}

/** Relabels pages in first-use order. */
const canonical = (layout: Layout): string => {
  const labels = new Map<number, number>();
  return layout
    .map(([p, o, l]) => {
      if (!labels.has(p)) labels.set(p, labels.size);
      return `${labels.get(p)},${o},${l}`;
    })
    .join(' ');
};

function walkAll(space: SearchSpace, symmetric: boolean): { key: string; weight: number }[] {
  const sink = {
    page: new Int32Array(space.maxBvecs),
    offset: new Int32Array(space.maxBvecs),
    length: new Int32Array(space.maxBvecs),
    place: () => {},
  };
  const walk = new ExhaustiveWalk(space, symmetric, sink);
  const out: { key: string; weight: number }[] = [];
  for (let w = walk.next(); w !== 0; w = walk.next()) {
    const parts: string[] = [];
    for (let i = 0; i < walk.n; i++)
      parts.push(`${sink.page[i]},${sink.offset[i]},${sink.length[i]}`);
    out.push({ key: parts.join(' '), weight: w });
  }
  return out;
}

const space = (pages: number, maxBvecs: number, granularity: number): SearchSpace => ({
  pages,
  maxBvecs,
  granularity,
  kernel: DEFAULT_KERNEL,
  contiguity: 'none',
});

describe('counting', () => {
  it('counts ordered disjoint interval tuples as brute force does', () => {
    for (let units = 1; units <= 6; units++) {
      const intervals: [number, number][] = [];
      for (let a = 0; a < units; a++) for (let b = a + 1; b <= units; b++) intervals.push([a, b]);
      let tuples: [number, number][][] = [[]];
      for (let m = 1; m <= 4; m++) {
        tuples = tuples.flatMap((t) =>
          intervals
            .filter(([a, b]) => t.every(([c, d]) => b <= c || d <= a))
            .map((iv) => [...t, iv]),
        );
        expect(disjointTuples(units, m), `units ${units}, m ${m}`).toBe(tuples.length);
      }
    }
  });

  it('sizes small spaces as brute force enumerates them', () => {
    for (const s of [space(1, 3, 1024), space(2, 3, 1024), space(3, 2, 512), space(3, 3, 2048)]) {
      const all = bruteForce(s);
      const size = spaceSize(s);
      expect(size.labelled).toBe(all.length);
      expect(size.shapes).toBe(new Set(all.map(canonical)).size);
    }
  });
});

describe('ExhaustiveWalk', () => {
  it('visits every shape once, in lexicographic order, weighted by its relabellings', () => {
    const s = space(3, 3, 1024);
    const walked = walkAll(s, true);
    const all = bruteForce(s);
    const classes = new Map<string, number>();
    for (const l of all) classes.set(canonical(l), (classes.get(canonical(l)) ?? 0) + 1);
    expect(walked.map((w) => w.key)).toEqual([...new Set(walked.map((w) => w.key))]);
    expect(new Map(walked.map((w) => [w.key, w.weight]))).toEqual(classes);
    // Lexicographic within each bio_vec count: the order the minimal counterexample relies on.
    const tuples = walked.map((w) => w.key.split(/[ ,]/).map(Number));
    for (let i = 1; i < tuples.length; i++) {
      const [a, b] = [tuples[i - 1]!, tuples[i]!];
      if (a.length !== b.length) expect(a.length).toBeLessThan(b.length);
      else {
        const k = a.findIndex((x, j) => x !== b[j]);
        expect(a[k]!).toBeLessThan(b[k]!);
      }
    }
  });

  it('visits every labelled layout with weight 1 when relabelling is not a symmetry', () => {
    const s = space(3, 2, 1024);
    const walked = walkAll(s, false);
    expect(walked.every((w) => w.weight === 1)).toBe(true);
    expect(walked.map((w) => w.key).sort()).toEqual(
      bruteForce(s)
        .map((l) => l.map((b) => b.join(',')).join(' '))
        .sort(),
    );
  });
});

describe('UniformSampler', () => {
  function sample(s: SearchSpace, symmetric: boolean, seed: number, count: number): string[] {
    const sink = {
      page: new Int32Array(s.maxBvecs),
      offset: new Int32Array(s.maxBvecs),
      length: new Int32Array(s.maxBvecs),
      place: () => {},
    };
    const sampler = new UniformSampler(s, spaceSize(s), symmetric, mulberry32(seed), sink);
    return Array.from({ length: count }, () => {
      sampler.next();
      const parts: string[] = [];
      for (let i = 0; i < sampler.n; i++)
        parts.push(`${sink.page[i]},${sink.offset[i]},${sink.length[i]}`);
      return parts.join(' ');
    });
  }

  it('is deterministic for a seed and differs between seeds', () => {
    const s = space(3, 4, 512);
    expect(sample(s, true, 7, 200)).toEqual(sample(s, true, 7, 200));
    expect(sample(s, true, 7, 200)).not.toEqual(sample(s, true, 8, 200));
  });

  it('draws only layouts of the space, every labelled layout about equally often', () => {
    // 2 pages of 4 granules, up to 2 bio_vecs: 2*10 + (2*30 + 2*100) = 280 labelled layouts.
    const s = space(2, 2, 1024);
    const all = bruteForce(s).map((l) => l.map((b) => b.join(',')).join(' '));
    expect(all).toHaveLength(280);
    const draws = 280 * 400;
    const seen = new Map<string, number>(all.map((k) => [k, 0]));
    const outside: string[] = [];
    for (const k of sample(s, false, 11, draws)) {
      if (seen.has(k)) seen.set(k, seen.get(k)! + 1);
      else outside.push(k);
    }
    expect(outside).toEqual([]);
    // Expected 400 each; a fixed seed, so this is a deterministic check of the law, not a flake.
    // Chi-square with 279 degrees of freedom: mean 279, sd about 24; 400 is far in the tail.
    const chi2 = [...seen.values()].reduce((acc, c) => acc + (c - 400) ** 2 / 400, 0);
    expect(chi2).toBeLessThan(400);
    expect(Math.min(...seen.values())).toBeGreaterThan(300);
  });

  it('keeps page labels in first-use order when relabelling is a symmetry', () => {
    for (const k of sample(space(4, 4, 512), true, 3, 2000)) {
      const pages = k.split(' ').map((b) => Number(b.split(',')[0]));
      pages.forEach((p, i) =>
        expect(p).toBeLessThanOrEqual(Math.max(-1, ...pages.slice(0, i)) + 1),
      );
    }
  });
});
