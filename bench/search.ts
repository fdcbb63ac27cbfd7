// Counterexample search benchmarks (issue #6), as JSON lines:
//  - search-exhaust: time to exhaust "3 pages, up to 4 bio_vecs, 512-byte granularity" in a
//    fresh SearchRun (goal: under 10 s), and its rate in layouts (shapes) per second;
//  - search-sample: the sampler's rate on a space too big to exhaust;
//  - search-native-c: the same enumeration and checks in plain C (bench/native/search.c),
//    compiled with `cc -O2` now, its rate, and the ratio to ours (goal: within 5x). If there is no
//    C compiler the line says so instead of failing.
// Rates are layouts per CPU second (this process's user + system time; the C program's
// CLOCK_PROCESS_CPUTIME_ID), so other work on a shared machine does not skew the ratio; wall
// seconds are printed too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION_IDS } from '../src/model';
import { parseSearchSpace, SearchRun, type SearchResult } from '../src/model/search';

const EXHAUST_SPACE = { pages: 3, maxBvecs: 4, granularity: 512 };
const SAMPLE_SPACE = { pages: 6, maxBvecs: 6, granularity: 512 };
const SAMPLES = 2_000_000;
const NATIVE_SOURCE = join(import.meta.dirname, 'native', 'search.c');

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function space(input: unknown) {
  const parsed = parseSearchSpace(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** Runs a search to the end in worker-sized chunks; returns the result, wall and CPU seconds. */
function timed(run: SearchRun): { result: SearchResult; seconds: number; cpuSeconds: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run.runToEnd(1 << 16);
  const used = process.cpuUsage(cpu);
  return {
    result,
    seconds: (performance.now() - start) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  };
}

interface NativeOutput {
  shapes: number;
  excluded: number;
  seconds: number;
  versions: { checked: number; misdirected: number; bugs: number; failed: number }[];
  patterns: number[][];
}

/** Compiles and runs the C loop; null (with the reason printed) when that is not possible. */
function runNative(): NativeOutput | { skipped: string } {
  const dir = mkdtempSync(join(tmpdir(), 'search-native-'));
  const binary = join(dir, 'search');
  try {
    try {
      execFileSync('cc', ['-O2', '-o', binary, NATIVE_SOURCE], { stdio: 'pipe' });
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
      return {
        skipped:
          err.code === 'ENOENT'
            ? 'no C compiler: `cc` was not found on PATH'
            : `cc failed: ${err.stderr?.toString().trim() ?? err.message}`,
      };
    }
    const args = [EXHAUST_SPACE.pages, EXHAUST_SPACE.maxBvecs, EXHAUST_SPACE.granularity];
    const text = execFileSync(binary, args.map(String), { encoding: 'utf8' });
    return JSON.parse(text) as NativeOutput;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether the C loop counted exactly what the engine counted (same checks, not just speed). */
function sameCounts(native: NativeOutput, result: SearchResult): boolean {
  return VERSION_IDS.every((v, i) => {
    const n = native.versions[i]!;
    const r = result.versions[v];
    return (
      n.checked === r.checked &&
      n.misdirected === r.misdirected &&
      n.bugs === r.bugs &&
      n.failed === r.failed &&
      result.patterns.every((p, k) => native.patterns[k]![i] === p.counts[v])
    );
  });
}

/** The search benchmarks; prints one JSON line each. */
export function benchSearch(): void {
  const exhaustSpace = space(EXHAUST_SPACE);
  const options = { mode: 'exhaustive' as const, seed: 1, samples: 1 };
  // The first run in this process is what a user waits for (JIT warm-up included).
  const cold = timed(new SearchRun(exhaustSpace, options));
  const warm = timed(new SearchRun(exhaustSpace, options));
  const shapes = cold.result.progress.checked;
  const rate = shapes / warm.cpuSeconds;
  print({
    bench: 'search-exhaust',
    space: '3 pages, up to 4 bio_vecs, 512-byte granularity',
    shapes,
    labelled: cold.result.versions.b7649158.checked,
    seconds: Number(cold.seconds.toFixed(3)),
    cpuSeconds: Number(cold.cpuSeconds.toFixed(3)),
    goalSeconds: 10,
    layoutsPerCpuSecond: Number(rate.toPrecision(3)),
    warmSeconds: Number(warm.seconds.toFixed(3)),
    warmCpuSeconds: Number(warm.cpuSeconds.toFixed(3)),
  });

  const sampled = timed(
    new SearchRun(space(SAMPLE_SPACE), { mode: 'sample', seed: 1, samples: SAMPLES }),
  );
  print({
    bench: 'search-sample',
    space: '6 pages, up to 6 bio_vecs, 512-byte granularity',
    samples: SAMPLES,
    seconds: Number(sampled.seconds.toFixed(3)),
    layoutsPerCpuSecond: Number((SAMPLES / sampled.cpuSeconds).toPrecision(3)),
  });

  const native = runNative();
  if ('skipped' in native) {
    print({ bench: 'search-native-c', skipped: native.skipped });
    return;
  }
  const nativeRate = native.shapes / native.seconds;
  print({
    bench: 'search-native-c',
    space: '3 pages, up to 4 bio_vecs, 512-byte granularity',
    compiler: 'cc -O2',
    shapes: native.shapes,
    cpuSeconds: Number(native.seconds.toFixed(3)),
    nativeLayoutsPerCpuSecond: Number(nativeRate.toPrecision(3)),
    layoutsPerCpuSecond: Number(rate.toPrecision(3)),
    ratio: Number((nativeRate / rate).toFixed(2)),
    goalRatio: 5,
    countsAgree: native.shapes === shapes && sameCounts(native, warm.result),
  });
}

// `npx tsx bench/search.ts` runs these alone.
if (process.argv[1] && import.meta.filename === process.argv[1]) benchSearch();
