// `npm run --silent search -- --pages N --max-bvecs K [flags]`: runs a counterexample search to
// the end and prints one JSON object: the space, per-version counts, the minimal counterexample
// of each version and an example of each failure pattern, each with a scenario that
// `npm run --silent simulate` accepts. Bad flags: a message naming the flag and rule, exit 2.
// Flags and output are documented in docs/search.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, simulate } from '../model';
import {
  counterexampleScenario,
  firstFailureStep,
  firstWrongCopyStep,
  SearchRun,
  spaceSize,
  type Counterexample,
  type SearchSpace,
} from '../model/search';
import { parseSearchArgs, USAGE } from './searchArgs';

/** A counterexample with its scenario and the step to open it at (checked by simulating it). */
function withScenario(example: Counterexample, space: SearchSpace) {
  const scenario = counterexampleScenario(example, space);
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`internal: generated scenario is invalid`);
  const sim = simulate(parsed.value, { trace: true });
  return {
    ...example,
    scenario,
    firstWrongCopyStep: firstWrongCopyStep(sim, example.version),
    firstFailureStep: firstFailureStep(sim, example.version),
  };
}

function main(argv: string[]): number {
  const command = parseSearchArgs(argv);
  if (!command.ok) {
    process.stderr.write(`${command.error}\n${USAGE}`);
    return 2;
  }
  if (command.value === null) {
    process.stdout.write(USAGE);
    return 0;
  }
  const { space, options, writeDir } = command.value;
  const size = spaceSize(space);
  const result = new SearchRun(space, options).runToEnd();
  const versions = Object.fromEntries(
    Object.entries(result.versions).map(([id, r]) => [
      id,
      { ...r, minimal: r.minimal && withScenario(r.minimal, space) },
    ]),
  );
  const patterns = result.patterns.map((p) => ({
    ...p,
    example: p.example && withScenario(p.example, space),
  }));
  const out = {
    space: result.space,
    options: result.options,
    size: { labelled: size.labelled, shapes: size.shapes, symmetric: size.symmetric },
    progress: result.progress,
    countUnit: result.countUnit,
    versions,
    patterns,
  };
  if (writeDir) {
    mkdirSync(writeDir, { recursive: true });
    for (const [id, r] of Object.entries(versions)) {
      if (r.minimal)
        writeFileSync(
          join(writeDir, `minimal-${id}.json`),
          `${JSON.stringify(r.minimal.scenario, null, 2)}\n`,
        );
    }
    for (const p of patterns) {
      if (p.example)
        writeFileSync(
          join(writeDir, `pattern-${p.id}.json`),
          `${JSON.stringify(p.example.scenario, null, 2)}\n`,
        );
    }
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = main(process.argv.slice(2));
