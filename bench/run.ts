// `npm run bench`: simulation throughput as JSON lines on stdout, one object per measurement.
// Line 1: 11-segment READ requests per second through all three versions without the UI trace;
// line 2: the same with { trace: true }; line 3: the layout-only search fast path; then parse +
// simulate of each preset file.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatIssues, parseScenario, simulate, type Scenario } from '../src/model';
import { analyzeLayout } from '../src/model/layoutOutcome';
import type { Bvec } from '../src/model/stages/bvec';
import { benchBrowser } from './browser';
import { measure, rate } from './measure';
import { mulberry32 } from './prng';
import { elevenSegmentScenario } from './scenarios';
import { benchSearch } from './search';

const SEED = 0x5ca77e4;
const SCENARIOS = 256;
const SECONDS = 2.5;
const PRESET_SECONDS = 1;
const SCENARIO_DIR = join(import.meta.dirname, '..', 'scenarios');

function mustParse(raw: unknown, what: string): Scenario {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`${what}: ${formatIssues(parsed.error)}`);
  return parsed.value;
}

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Requests per second over the pre-parsed 11-segment scenarios, cycling through them. */
function benchElevenSegments(scenarios: readonly Scenario[], trace: boolean): void {
  let next = 0;
  const m = measure(() => {
    const sim = simulate(scenarios[next]!, { trace });
    next = (next + 1) % scenarios.length;
    return sim.requests.length;
  }, SECONDS);
  print({
    bench: 'simulate-11seg-read',
    trace,
    requestsPerSecond: rate(m.units, m.seconds),
    requests: m.units,
    scenarios: m.calls,
    seconds: Number(m.seconds.toFixed(3)),
    seed: SEED,
  });
}

/**
 * The search fast path (analyzeLayout): the same 11-segment READ requests, judged by layout alone
 * for all three versions — what a counterexample search runs per candidate layout.
 */
function benchLayoutAnalysis(scenarios: readonly Scenario[]): void {
  const requests: { bvecs: readonly Bvec[]; scenario: Scenario }[] = [];
  for (const s of scenarios) {
    for (const op of s.ops)
      if (op.kind === 'bvecs') requests.push({ bvecs: op.bvecs, scenario: s });
  }
  let next = 0;
  const m = measure(() => {
    const r = requests[next]!;
    next = (next + 1) % requests.length;
    analyzeLayout(r.bvecs, r.scenario.kernel, r.scenario.framesOf);
    return 1;
  }, SECONDS);
  print({
    bench: 'analyze-layout-11seg-read',
    trace: false,
    requestsPerSecond: rate(m.units, m.seconds),
    requests: m.units,
    seconds: Number(m.seconds.toFixed(3)),
    seed: SEED,
  });
}

/** Whole preset files, text to simulation, as the CLI and the app's file loader do it. */
function benchPresets(): void {
  const files = readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(SCENARIO_DIR, file), 'utf8');
    mustParse(text, file);
    const m = measure(() => simulate(mustParse(text, file)).requests.length, PRESET_SECONDS, 0.2);
    print({
      bench: 'preset-parse-simulate',
      file: basename(file),
      trace: false,
      runsPerSecond: rate(m.calls, m.seconds),
      requestsPerSecond: rate(m.units, m.seconds),
      runs: m.calls,
      seconds: Number(m.seconds.toFixed(3)),
    });
  }
}

const rng = mulberry32(SEED);
const scenarios = Array.from({ length: SCENARIOS }, (_, i) =>
  mustParse(elevenSegmentScenario(rng), `generated scenario ${i}`),
);
benchElevenSegments(scenarios, false);
benchElevenSegments(scenarios, true);
benchLayoutAnalysis(scenarios);
benchPresets();
benchSearch();
await benchBrowser();
