// A chunked search: SearchRun.step(budget) judges up to `budget` layouts and returns a snapshot,
// so a Web Worker can stream progress and stop between chunks, and the CLI can loop to the end.
import { analyzeLayout } from '../layoutOutcome';
import type { Bvec } from '../stages/bvec';
import { VERSION_IDS, type VersionId } from '../versions';
import { spaceSize, type SpaceSize } from './count';
import { ExhaustiveWalk, UniformSampler } from './enumerate';
import { LayoutJudge } from './judge';
import { MinimalLayout } from './minimal';
import { PATTERNS } from './patterns';
import { mulberry32 } from './prng';
import { framesFor, type SearchSpace } from './space';
import type {
  Counterexample,
  PatternSummary,
  SearchOptions,
  SearchResult,
  VersionSearchResult,
} from './types';

const VERSIONS = VERSION_IDS.length;

/** Resolves what a search will do: exhaustive runs visit shapes, sample runs draw samples. */
export function searchTotal(size: SpaceSize, options: SearchOptions): number {
  return options.mode === 'exhaustive' ? size.shapes : options.samples;
}

/** A resumable search over one space. */
export class SearchRun {
  private readonly size: SpaceSize;
  private readonly judge: LayoutJudge;
  private readonly walk: ExhaustiveWalk | UniformSampler;
  private readonly total: number;
  private readonly exhaustive: boolean;
  private visited = 0;
  private excluded = 0;
  private finished = false;
  // Per version: labelled (or sample) weights, and shape counts.
  private checkedWeight = 0;
  private checkedShapes = 0;
  private readonly misdirected = new Float64Array(VERSIONS);
  private readonly bugs = new Float64Array(VERSIONS);
  private readonly failed = new Float64Array(VERSIONS);
  private readonly shapeMisdirected = new Float64Array(VERSIONS);
  private readonly shapeBugs = new Float64Array(VERSIONS);
  private readonly shapeFailed = new Float64Array(VERSIONS);
  /** patternCounts[pattern * VERSIONS + version]. */
  private readonly patternCounts = new Float64Array(PATTERNS.length * VERSIONS);
  private readonly minimalByVersion: MinimalLayout[];
  private readonly minimalByPattern: MinimalLayout[];

  constructor(
    readonly space: SearchSpace,
    readonly options: SearchOptions,
  ) {
    this.size = spaceSize(space);
    const framesOf = (p: number) => framesFor(space.contiguity, p);
    this.judge = new LayoutJudge(space.maxBvecs, space.kernel, space.pages, framesOf);
    this.walk =
      options.mode === 'exhaustive'
        ? new ExhaustiveWalk(space, this.size.symmetric, this.judge)
        : new UniformSampler(
            space,
            this.size,
            this.size.symmetric,
            mulberry32(options.seed),
            this.judge,
          );
    this.total = searchTotal(this.size, options);
    this.exhaustive = options.mode === 'exhaustive';
    this.minimalByVersion = VERSION_IDS.map(() => new MinimalLayout(space.maxBvecs));
    this.minimalByPattern = PATTERNS.map(() => new MinimalLayout(space.maxBvecs));
  }

  /** Judges up to `budget` more layouts, then returns a snapshot of the whole run so far. */
  step(budget: number): SearchResult {
    const judge = this.judge;
    const walk = this.walk;
    let left = Math.max(0, Math.floor(budget));
    while (left > 0 && !this.finished) {
      if (this.visited >= this.total) {
        this.finished = true;
        break;
      }
      const weight = walk.next();
      if (weight === 0) {
        this.finished = true;
        break;
      }
      this.visited++;
      left--;
      const n = walk.n;
      // The exhaustive walk has placed each bio_vec into the judge as it went; samples arrive whole.
      const inSpace = this.exhaustive ? judge.conclude(n) : judge.judge(n);
      if (!inSpace) {
        this.excluded++;
        continue;
      }
      this.tally(n, weight);
    }
    if (this.visited >= this.total) this.finished = true;
    return this.snapshot();
  }

  /** Runs to the end (for the CLI, tests and benchmarks). */
  runToEnd(chunk = 1 << 16): SearchResult {
    let result = this.step(chunk);
    while (!result.done) result = this.step(chunk);
    return result;
  }

  private tally(n: number, weight: number): void {
    const judge = this.judge;
    // Every version judges every layout, so one count serves all three.
    this.checkedWeight += weight;
    this.checkedShapes++;
    const bytes = judge.bytes;
    for (let v = 0; v < VERSIONS; v++) {
      const wrong = judge.misdirected[v]! > 0;
      const bug = judge.bug[v] === 1;
      if (!wrong && !bug) continue;
      if (wrong) {
        this.misdirected[v]! += weight;
        this.shapeMisdirected[v]!++;
      }
      if (bug) {
        this.bugs[v]! += weight;
        this.shapeBugs[v]!++;
      }
      this.failed[v]! += weight;
      this.shapeFailed[v]!++;
      const pattern = judge.pattern[v]!;
      this.patternCounts[pattern * VERSIONS + v]! += weight;
      const byVersion = this.minimalByVersion[v]!;
      if (byVersion.mayTake(n, bytes)) byVersion.offer(judge, n, bytes, v);
      const byPattern = this.minimalByPattern[pattern]!;
      if (byPattern.mayTake(n, bytes)) byPattern.offer(judge, n, bytes, v);
    }
  }

  private snapshot(): SearchResult {
    const versions = {} as Record<VersionId, VersionSearchResult>;
    VERSION_IDS.forEach((id, v) => {
      const checked = this.checkedWeight;
      const minimal = this.minimalByVersion[v]!;
      versions[id] = {
        checked,
        misdirected: this.misdirected[v]!,
        bugs: this.bugs[v]!,
        failed: this.failed[v]!,
        failureRate: checked === 0 ? 0 : this.failed[v]! / checked,
        minimal: minimal.n === 0 ? null : this.counterexample(minimal.bvecs(), id),
        shapes: {
          checked: this.checkedShapes,
          misdirected: this.shapeMisdirected[v]!,
          bugs: this.shapeBugs[v]!,
          failed: this.shapeFailed[v]!,
        },
      };
    });
    const patterns: PatternSummary[] = PATTERNS.map((info, p) => {
      const counts = {} as Record<VersionId, number>;
      VERSION_IDS.forEach((id, v) => (counts[id] = this.patternCounts[p * VERSIONS + v]!));
      const example = this.minimalByPattern[p]!;
      return {
        id: info.id,
        title: info.title,
        description: info.description,
        counts,
        example:
          example.n === 0
            ? null
            : this.counterexample(example.bvecs(), VERSION_IDS[example.version]!),
      };
    });
    return {
      space: this.space,
      options: this.options,
      progress: {
        checked: this.visited,
        total: this.total,
        excluded: this.excluded,
        unit: this.options.mode === 'exhaustive' ? 'shapes' : 'samples',
      },
      countUnit: this.options.mode === 'exhaustive' ? 'labelled' : 'samples',
      symmetric: this.size.symmetric,
      versions,
      patterns,
      done: this.finished,
    };
  }

  /** Describes a stored failing layout with the reference analysis (analyzeLayout). */
  private counterexample(bvecs: Bvec[], version: VersionId): Counterexample {
    return describeCounterexample(bvecs, version, this.space);
  }
}

/**
 * A Counterexample for a layout and version, judged by the reference path (analyzeLayout) for
 * the message and wrong bio_vecs, and by the search's classification for the pattern.
 */
export function describeCounterexample(
  bvecs: readonly Bvec[],
  version: VersionId,
  space: SearchSpace,
): Counterexample {
  const framesOf = (p: number) => framesFor(space.contiguity, p);
  const verdict = analyzeLayout(bvecs, space.kernel, framesOf).versions[version];
  const judge = new LayoutJudge(bvecs.length, space.kernel, space.pages, framesOf);
  bvecs.forEach((bv, i) => {
    judge.page[i] = bv.page;
    judge.offset[i] = bv.offset;
    judge.length[i] = bv.length;
  });
  judge.judge(bvecs.length);
  const v = VERSION_IDS.indexOf(version);
  const pattern = judge.pattern[v]!;
  return {
    bvecs: bvecs.map((b) => ({ page: b.page, offset: b.offset, length: b.length })),
    version,
    pattern: (PATTERNS[pattern] ?? PATTERNS[PATTERNS.length - 1]!).id,
    misdirectedBytes: verdict.misdirectedBytes,
    bug: verdict.bug,
    wrongBvecs: [...verdict.wrongBvecs],
    failureAt: judge.failureAt[v]!,
    bytes: bvecs.reduce((s, b) => s + b.length, 0),
  };
}
