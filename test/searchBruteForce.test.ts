// The counterexample search against independent brute force: every labelled layout of a small
// space judged by the FULL simulation (simulate(), not analyzeLayout or the search's inner loop),
// summed, must give the search's counts; minimal counterexamples must be minimal and must really
// corrupt a read when their scenario is simulated; relabelling pages is used only when it is a
// symmetry.
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, VERSION_IDS, type VersionId } from '../src/model';
import {
  counterexampleScenario,
  firstFailureStep,
  firstWrongCopyStep,
  parseSearchSpace,
  SearchRun,
  spaceSize,
  type SearchResult,
  type SearchSpace,
} from '../src/model/search';
import { describeCounterexample, framesFor } from '../src/model/search';
import { scenario } from './support/scenarios';

type Bv = { page: number; offset: number; length: number };

function mustSpace(input: unknown): SearchSpace {
  const parsed = parseSearchSpace(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** Every labelled layout of the space, by plain nested loops. */
function allLayouts(space: SearchSpace): Bv[][] {
  const out: Bv[][] = [];
  const g = space.granularity;
  const size = space.kernel.pageSize;
  const grow = (layout: Bv[]) => {
    if (layout.length > 0) out.push(layout);
    if (layout.length === space.maxBvecs) return;
    for (let page = 0; page < space.pages; page++)
      for (let offset = 0; offset < size; offset += g)
        for (let length = g; offset + length <= size; length += g) {
          const clash = layout.some(
            (b) => b.page === page && b.offset < offset + length && offset < b.offset + b.length,
          );
          if (!clash) grow([...layout, { page, offset, length }]);
        }
  };
  grow([]);
  return out;
}

/** One READ of the layout, alone, with the space's kernel and frames, fully simulated. */
function simulateLayout(space: SearchSpace, bvecs: Bv[]) {
  const pages: Record<string, { pfn: number; mfn: number }> = {};
  for (let p = 0; p < space.pages; p++) pages[p] = { ...framesFor(space.contiguity, p) };
  const sim = simulate(
    scenario({
      version: 1,
      kernel: space.kernel,
      memory: { pages },
      disk: { sectors: 256, content: 'zero' },
      ops: [{ op: 'read', sector: 0, bvecs }],
    }),
  );
  return sim.requests[0]!;
}

interface Tally {
  checked: number;
  misdirected: number;
  bugs: number;
  failed: number;
}

function bruteForce(space: SearchSpace): Record<VersionId, Tally> & { excluded: number } {
  const tally = Object.fromEntries(
    VERSION_IDS.map((v) => [v, { checked: 0, misdirected: 0, bugs: 0, failed: 0 }]),
  ) as Record<VersionId, Tally>;
  let excluded = 0;
  for (const layout of allLayouts(space)) {
    const request = simulateLayout(space, layout);
    // The block layer never submits these: the frontend's queue-side BUG_ON on too many
    // segments, or "bio too big" for more than max_hw_sectors (rejected before mapping). The
    // search leaves them out. A backend EIO (a segment past its grant page) stays in: the
    // completion copy still runs.
    const queueBug = request.status === 'BUG' && request.segments.length === 0;
    if (queueBug || (request.status === 'EIO' && request.sg.length === 0)) {
      excluded++;
      continue;
    }
    for (const v of VERSION_IDS) {
      const o = request.versions[v];
      const t = tally[v];
      t.checked++;
      if (o.misdirectedBytes > 0) t.misdirected++;
      if (o.bug !== null) t.bugs++;
      if (o.misdirectedBytes > 0 || o.bug !== null) t.failed++;
    }
  }
  return { ...tally, excluded };
}

function exhaust(space: SearchSpace): SearchResult {
  return new SearchRun(space, { mode: 'exhaustive', seed: 0, samples: 1 }).runToEnd(997);
}

const BRUTE_FORCE_SPACES: [string, unknown][] = [
  ['blkfront limits, 3 pages, 2 bio_vecs', { pages: 3, maxBvecs: 2 }],
  [
    'blkfront limits, 2 pages, 3 bio_vecs of 1 KiB granules',
    { pages: 2, maxBvecs: 3, granularity: 1024 },
  ],
  [
    'two-page segments on machine-contiguous pages (no symmetry)',
    {
      pages: 2,
      maxBvecs: 3,
      granularity: 1024,
      contiguity: 'machine',
      kernel: { maxSegmentSize: 8192, segmentBoundaryMask: 8191 },
    },
  ],
  [
    'no clustering, at most 2 segments and 8 sectors (exclusions)',
    {
      pages: 2,
      maxBvecs: 3,
      granularity: 1024,
      kernel: { clustering: false, maxSegments: 2, maxHwSectors: 8 },
    },
  ],
];

describe('search counts equal brute force through simulate()', () => {
  for (const [name, input] of BRUTE_FORCE_SPACES) {
    it(
      name,
      () => {
        const space = mustSpace(input);
        const expected = bruteForce(space);
        const result = exhaust(space);
        expect(result.done).toBe(true);
        expect(result.progress.checked).toBe(result.progress.total);
        for (const v of VERSION_IDS) {
          const { checked, misdirected, bugs, failed } = result.versions[v];
          expect({ checked, misdirected, bugs, failed }, v).toEqual(expected[v]);
          const patterns = result.patterns.reduce((s, p) => s + p.counts[v], 0);
          expect(patterns, `${v}: every failing layout has exactly one pattern`).toBe(failed);
        }
        const size = spaceSize(space);
        expect(expected[VERSION_IDS[0]!].checked + expected.excluded).toBe(size.labelled);
      },
      60_000,
    );
  }

  it('brute force is not vacuous: the spaces reach misdirection, BUGs and exclusions', () => {
    const machine = bruteForce(mustSpace(BRUTE_FORCE_SPACES[2]![1]));
    expect(machine.b7649158.bugs).toBeGreaterThan(0);
    expect(machine.d62f69185.bugs).toBeGreaterThan(0);
    expect(machine['0a8704a51'].bugs).toBeGreaterThan(0);
    const limited = bruteForce(mustSpace(BRUTE_FORCE_SPACES[3]![1]));
    expect(limited.excluded).toBeGreaterThan(0);
  }, 60_000);
});

describe('symmetry', () => {
  it('is used only when relabelling pages cannot change an outcome', () => {
    expect(spaceSize(mustSpace({ pages: 3, maxBvecs: 2 })).symmetric).toBe(true);
    expect(spaceSize(mustSpace({ pages: 3, maxBvecs: 2, contiguity: 'machine' })).symmetric).toBe(
      true,
    );
    const merging = mustSpace({
      pages: 3,
      maxBvecs: 2,
      contiguity: 'machine',
      kernel: { segmentBoundaryMask: 8191 },
    });
    expect(spaceSize(merging).symmetric).toBe(false);
    // Why: with machine-contiguous pages P0 then P1 merge, but P1 then P0 do not.
    const forward = simulateLayout(merging, [
      { page: 0, offset: 3584, length: 512 },
      { page: 1, offset: 0, length: 512 },
    ]);
    const swapped = simulateLayout(merging, [
      { page: 1, offset: 3584, length: 512 },
      { page: 0, offset: 0, length: 512 },
    ]);
    expect(forward.sg).toHaveLength(1);
    expect(swapped.sg).toHaveLength(2);
    expect(forward.versions.b7649158.bug).not.toBeNull();
    expect(swapped.versions.b7649158.bug).toBeNull();
  });

  it('physical contiguity alone never merges pages: Xen refuses non-consecutive machine frames', () => {
    const physical = exhaust(
      mustSpace({
        pages: 2,
        maxBvecs: 2,
        contiguity: 'physical',
        kernel: { segmentBoundaryMask: 8191, maxSegmentSize: 8192 },
      }),
    );
    const none = exhaust(mustSpace({ pages: 2, maxBvecs: 2, contiguity: 'none' }));
    expect(physical.versions).toEqual(none.versions);
  });
});

/** Layouts smaller than `than` in the minimal order: fewer bio_vecs, fewer bytes, lexicographic. */
function smaller(a: Bv[], than: readonly Bv[]): boolean {
  if (a.length !== than.length) return a.length < than.length;
  const bytes = (l: readonly Bv[]) => l.reduce((s, b) => s + b.length, 0);
  if (bytes(a) !== bytes(than)) return bytes(a) < bytes(than);
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, than[i]!];
    if (x.page !== y.page) return x.page < y.page;
    if (x.offset !== y.offset) return x.offset < y.offset;
    if (x.length !== y.length) return x.length < y.length;
  }
  return false;
}

describe('minimal counterexamples', () => {
  const spaces: unknown[] = [
    { pages: 3, maxBvecs: 3 },
    {
      pages: 2,
      maxBvecs: 3,
      contiguity: 'machine',
      kernel: { maxSegmentSize: 8192, segmentBoundaryMask: 8191 },
    },
  ];
  for (const input of spaces) {
    it(`are minimal in ${JSON.stringify(input)} and corrupt a read when loaded`, () => {
      const space = mustSpace(input);
      const result = exhaust(space);
      for (const v of VERSION_IDS) {
        const minimal = result.versions[v].minimal;
        if (minimal === null) {
          expect(result.versions[v].failed).toBe(0);
          continue;
        }
        const bvecs = minimal.bvecs.map((b) => ({ ...b }));
        // No smaller layout of the space fails (judged by the full simulation).
        const failing = allLayouts(space).filter((l) => {
          if (!smaller(l, bvecs)) return false;
          const r = simulateLayout(space, l);
          if (r.status !== 'ok') return false;
          return r.versions[v].misdirectedBytes > 0 || r.versions[v].bug !== null;
        });
        expect(failing, v).toEqual([]);
        // The generated scenario is valid, fails for that version and shows it.
        const parsed = parseScenario(counterexampleScenario(minimal, space));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) continue;
        const sim = simulate(parsed.value, { trace: true });
        const target = sim.requests.find((r) => r.op === 1)!;
        const o = target.versions[v];
        expect(o.misdirectedBytes > 0 || o.bug !== null, v).toBe(true);
        expect(o.misdirectedBytes).toBe(minimal.misdirectedBytes);
        expect(o.bug).toBe(minimal.bug);
        if (o.misdirectedBytes > 0) {
          expect(o.corruptBytes, `${v}: misdirected bytes are visible`).toBeGreaterThan(0);
          const step = firstWrongCopyStep(sim, v)!;
          const s = sim.steps[step]!;
          expect(s.type).toBe('completion-copy');
          if (s.type === 'completion-copy') {
            expect(s.request).toBe(target.index);
            const lane = s.lanes[v];
            expect(lane.kind === 'copy' && lane.misdirectedBytes > 0).toBe(true);
            // And it is the first: no earlier step of this version copied a wrong byte.
            for (const earlier of sim.steps.slice(0, step)) {
              if (earlier.type !== 'completion-copy') continue;
              const l = earlier.lanes[v];
              expect(l.kind === 'copy' && l.misdirectedBytes > 0).toBe(false);
            }
          }
        } else {
          expect(firstFailureStep(sim, v)).not.toBeNull();
        }
        // The other versions' verdicts in the scenario match the search's judge too.
        for (const w of VERSION_IDS) {
          const described = describeCounterexample(minimal.bvecs, w, space);
          expect(target.versions[w].misdirectedBytes, w).toBe(described.misdirectedBytes);
        }
      }
    }, 60_000);
  }

  it('are the known smallest shapes under blkfront limits', () => {
    const result = exhaust(mustSpace({ pages: 2, maxBvecs: 2 }));
    // Two 512-byte bio_vecs with a hole between them on one page: a second segment that
    // neither bio_vec walk moves to (the lexicographically first 1 KiB failure).
    expect(result.versions['0a8704a51'].minimal?.bvecs).toEqual([
      { page: 0, offset: 0, length: 512 },
      { page: 0, offset: 1024, length: 512 },
    ]);
    expect(result.versions.d62f69185.minimal?.pattern).toBe('gap-in-page');
    expect(result.versions.b7649158.minimal).toBeNull();
  });
});
