// Shared plumbing of the property tests: run parameters, parsing, and trace look-ups.
import type fc from 'fast-check';
import {
  formatIssues,
  parseScenario,
  simulate,
  type Scenario,
  type ScenarioInput,
  type Simulation,
  type Step,
  type StepType,
} from '../../src/model';

/**
 * fast-check parameters for every property. `verbose` prints the shrunk counterexample (the
 * scenario JSON) with the seed and path; FC_SEED / FC_PATH / FC_RUNS replay or widen a run.
 */
export function propertyParams<T>(runs = 200): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  const path = process.env.FC_PATH;
  return {
    numRuns: Number(process.env.FC_RUNS ?? runs),
    verbose: true,
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}

/** Vitest timeout for one property: generous, and growing with FC_RUNS so wider runs can finish. */
export function propertyTimeout(runs = 200): number {
  return 30_000 + 25 * Number(process.env.FC_RUNS ?? runs);
}

/** Parses a generated scenario; a generator that produced an invalid one fails loudly. */
export function mustParse(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`generated an invalid scenario: ${formatIssues(parsed.error)}`);
  return parsed.value;
}

/** Parses and simulates a generated scenario. */
export function run(input: ScenarioInput, trace = false): Simulation {
  return simulate(mustParse(input), { trace });
}

/** A step narrowed to one `type` (an intersection, since sg-new and sg-merge share a member). */
export type StepOf<T extends StepType> = Step & { readonly type: T };

/** Steps of one type, narrowed to that member of the union. */
export function stepsOf<T extends StepType>(sim: Simulation, type: T): StepOf<T>[] {
  return sim.steps.filter((s): s is StepOf<T> => s.type === type);
}
