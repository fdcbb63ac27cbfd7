// The counterexample search in the standard spaces (b7649158 never fails, the "other" pattern
// stays empty), the patterns of known layouts, chunked runs and sampling, and input validation.
// Counts against brute force are in searchBruteForce.test.ts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL, VERSION_IDS, type VersionId } from '../src/model';
import {
  parseSearchOptions,
  parseSearchSpace,
  SearchRun,
  spaceSize,
  type SearchResult,
  type SearchSpace,
} from '../src/model/search';
import { describeCounterexample } from '../src/model/search';

type Bv = { page: number; offset: number; length: number };

function mustSpace(input: unknown): SearchSpace {
  const parsed = parseSearchSpace(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

function exhaust(space: SearchSpace): SearchResult {
  return new SearchRun(space, { mode: 'exhaustive', seed: 0, samples: 1 }).runToEnd(997);
}

describe('b7649158 and the "other" bucket in the standard spaces', () => {
  const standard: [string, unknown, 'exhaustive' | 'sample'][] = [
    ['3 pages, 4 bio_vecs (exhaustive)', { pages: 3, maxBvecs: 4 }, 'exhaustive'],
    ['6 pages, 6 bio_vecs (sampled)', { pages: 6, maxBvecs: 6 }, 'sample'],
    [
      '4 pages, 6 bio_vecs, machine-contiguous (sampled)',
      { pages: 4, maxBvecs: 6, contiguity: 'machine' },
      'sample',
    ],
    [
      '64 KiB pages, 4 KiB granules, 4 pages, 6 bio_vecs (sampled)',
      { pages: 4, maxBvecs: 6, kernel: { pageSize: 65536 }, granularity: 4096 },
      'sample',
    ],
  ];
  for (const [name, input, mode] of standard) {
    it(
      name,
      () => {
        const space = mustSpace(input);
        const run = new SearchRun(space, { mode, seed: 42, samples: 100_000 });
        const result = run.runToEnd();
        expect(result.versions.b7649158.failed).toBe(0);
        expect(result.versions.b7649158.minimal).toBeNull();
        expect(result.versions.d62f69185.failed).toBeGreaterThan(0);
        const other = result.patterns.find((p) => p.id === 'other')!;
        for (const v of VERSION_IDS) expect(other.counts[v], v).toBe(0);
      },
      60_000,
    );
  }

  it('what-if spaces leave the "other" bucket empty too', () => {
    for (const kernel of [
      { clustering: false },
      { segmentBoundaryMask: 16383, maxSegmentSize: 16384 },
    ]) {
      const space = mustSpace({ pages: 3, maxBvecs: 5, contiguity: 'machine', kernel });
      const result = new SearchRun(space, { mode: 'sample', seed: 5, samples: 200_000 }).runToEnd();
      const other = result.patterns.find((p) => p.id === 'other')!;
      for (const v of VERSION_IDS)
        expect(other.counts[v], `${JSON.stringify(kernel)} ${v}`).toBe(0);
    }
  });
});

describe('patterns of known layouts', () => {
  const space = mustSpace({ pages: 6, maxBvecs: 6 });
  const cases: [string, Bv[], VersionId, string][] = [
    [
      'parted: 16 KiB at page offset 512',
      [
        { page: 0, offset: 512, length: 3584 },
        { page: 1, offset: 0, length: 4096 },
        { page: 2, offset: 0, length: 4096 },
        { page: 3, offset: 0, length: 4096 },
        { page: 4, offset: 0, length: 512 },
      ],
      '0a8704a51',
      'partial-first-page',
    ],
    [
      "d62f69185's own example",
      [
        { page: 0, offset: 3584, length: 512 },
        { page: 1, offset: 0, length: 512 },
      ],
      '0a8704a51',
      'partial-first-page',
    ],
    [
      'RAID stripe at A=1024',
      [
        { page: 0, offset: 0, length: 1024 },
        { page: 1, offset: 1024, length: 1024 },
        { page: 2, offset: 2048, length: 2048 },
      ],
      'd62f69185',
      'offset-forward-across-pages',
    ],
    [
      'defeats d62f69185',
      [
        { page: 0, offset: 0, length: 512 },
        { page: 1, offset: 512, length: 512 },
      ],
      'd62f69185',
      'offset-forward-across-pages',
    ],
    [
      'full page, then a short page, then another',
      [
        { page: 0, offset: 0, length: 4096 },
        { page: 1, offset: 0, length: 512 },
        { page: 2, offset: 0, length: 512 },
      ],
      '0a8704a51',
      'partial-later-page',
    ],
    [
      'hole in a page',
      [
        { page: 0, offset: 0, length: 512 },
        { page: 0, offset: 1024, length: 512 },
      ],
      'd62f69185',
      'gap-in-page',
    ],
    [
      'backwards in a page',
      [
        { page: 0, offset: 1024, length: 512 },
        { page: 0, offset: 0, length: 512 },
      ],
      '0a8704a51',
      'backwards-in-page',
    ],
  ];
  for (const [name, bvecs, version, pattern] of cases) {
    it(`${name}: ${pattern} under ${version}`, () => {
      const typed = bvecs.map((b) => ({ ...b, page: b.page as never }));
      expect(describeCounterexample(typed, version, space).pattern).toBe(pattern);
    });
  }

  it('what-if shapes: touching bio_vecs split, and a segment across pages', () => {
    const noClustering = mustSpace({ pages: 2, maxBvecs: 2, kernel: { clustering: false } });
    const split = [
      { page: 0 as never, offset: 0, length: 512 },
      { page: 0 as never, offset: 512, length: 512 },
    ];
    expect(describeCounterexample(split, 'd62f69185', noClustering).pattern).toBe('split-adjacent');
    const spanning = mustSpace({
      pages: 2,
      maxBvecs: 2,
      contiguity: 'machine',
      kernel: { maxSegmentSize: 8192, segmentBoundaryMask: 8191 },
    });
    const across = [
      { page: 0 as never, offset: 2048, length: 2048 },
      { page: 1 as never, offset: 0, length: 4096 },
    ];
    for (const v of VERSION_IDS)
      expect(describeCounterexample(across, v, spanning).pattern, v).toBe('entry-spans-pages');
  });
});

describe('chunking', () => {
  it('gives the same result in any chunk size, with progress in between', () => {
    const space = mustSpace({ pages: 3, maxBvecs: 2 });
    const whole = exhaust(space);
    const run = new SearchRun(space, { mode: 'exhaustive', seed: 0, samples: 1 });
    const first = run.step(100);
    expect(first.done).toBe(false);
    expect(first.progress).toMatchObject({ checked: 100, total: spaceSize(space).shapes });
    // Snapshots are plain data a worker can post.
    expect(structuredClone(first)).toEqual(first);
    let last = first;
    while (!last.done) last = run.step(333);
    expect(last.versions).toEqual(whole.versions);
    expect(last.patterns).toEqual(whole.patterns);
    expect(run.step(10)).toEqual(last);
  });

  it('sampling is reproducible from its seed, and close to the exhaustive rates', () => {
    const space = mustSpace({ pages: 3, maxBvecs: 3 });
    const a = new SearchRun(space, { mode: 'sample', seed: 9, samples: 50_000 }).runToEnd();
    const b = new SearchRun(space, { mode: 'sample', seed: 9, samples: 50_000 }).runToEnd();
    expect(a).toEqual(b);
    expect(a.countUnit).toBe('samples');
    expect(a.versions.d62f69185.checked).toBe(50_000);
    const exact = exhaust(space);
    for (const v of VERSION_IDS)
      expect(Math.abs(a.versions[v].failureRate - exact.versions[v].failureRate), v).toBeLessThan(
        0.01,
      );
  });
});

describe('input validation', () => {
  it('names the field and the rule', () => {
    const bad = parseSearchSpace({
      pages: 0,
      maxBvecs: 7,
      granularity: 700,
      contiguity: 'x',
      extra: 1,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.map((i) => i.path).sort()).toEqual(
        ['contiguity', 'extra', 'granularity', 'maxBvecs', 'pages'].sort(),
      );
    const kernel = parseSearchSpace({ pages: 2, maxBvecs: 2, kernel: { maxSegments: 0 } });
    expect(kernel.ok ? [] : kernel.error).toEqual([
      {
        path: 'kernel.maxSegments',
        message: 'must be at least 1',
        rule: { id: 'atLeast', params: { min: 1 } },
      },
    ]);
    const granularity = parseSearchSpace({ pages: 2, maxBvecs: 2, granularity: 3072 });
    expect(granularity.ok ? [] : granularity.error.map((i) => i.path)).toEqual(['granularity']);
    expect(parseSearchSpace('nope').ok).toBe(false);
    expect(parseSearchSpace({ pages: 2 }).ok ? null : 'missing').toBe('missing');
  });

  it('refuses exhaustive runs of huge spaces and bad options', () => {
    const huge = mustSpace({ pages: 6, maxBvecs: 6 });
    const refused = parseSearchOptions({ mode: 'exhaustive' }, huge);
    expect(refused.ok ? [] : refused.error.map((i) => i.path)).toEqual(['mode']);
    const defaults = parseSearchOptions({}, huge);
    expect(defaults.ok && defaults.value.mode).toBe('sample');
    const small = parseSearchOptions({}, mustSpace({ pages: 2, maxBvecs: 2 }));
    expect(small.ok && small.value.mode).toBe('exhaustive');
    const bad = parseSearchOptions({ seed: -1, samples: 1.5, mode: 'all' }, huge);
    expect(bad.ok ? [] : bad.error.map((i) => i.path).sort()).toEqual(['mode', 'samples', 'seed']);
  });

  it('the default kernel is blkfront 3.8', () => {
    expect(mustSpace({ pages: 1, maxBvecs: 1 }).kernel).toEqual(DEFAULT_KERNEL);
  });
});
