// Parse + simulate (traced) as one value: the explorer's single derived model output. Invalid
// input and model assertion failures both come back as issues, never as exceptions in render.
import { err, ok, type Result } from '../lib/result';
import { parseScenario, simulate, type ScenarioIssue, type Simulation } from '../model';
import { firstDivergentStep } from '../model/cellState';

/** A traced simulation and where its versions first disagree. */
export interface ExplorerRun {
  readonly sim: Simulation;
  /** First completion step where the versions disagree on right vs wrong, or null. */
  readonly divergence: number | null;
}

/** The run of a scenario, or the issues that prevent one. */
export type ScenarioRun = Result<ExplorerRun, readonly ScenarioIssue[]>;

/** Validates and simulates scenario JSON with the trace the explorer animates. */
export function runScenario(json: unknown): ScenarioRun {
  const parsed = parseScenario(json);
  if (!parsed.ok) return err(parsed.error);
  try {
    const sim = simulate(parsed.value, { trace: true });
    return ok({ sim, divergence: firstDivergentStep(sim) });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err([{ path: '(simulation)', message: `the model failed: ${message}` }]);
  }
}
