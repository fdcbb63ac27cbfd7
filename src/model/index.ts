// Public API of the simulation, for the UI, the CLI, tests and benchmarks.
export {
  parseScenario,
  formatIssues,
  type Scenario,
  type ScenarioIssue,
} from './scenario/validate';
export type { ScenarioInput } from './scenario/schema';
export { VALIDATION_EN, type IssueRule, type RuleParams } from './scenario/rules';
export {
  simulate,
  bytesOfCell,
  type Simulation,
  type RequestRecord,
  type VersionOutcome,
  type VersionTotals,
  type LaneId,
} from './simulate';
export { toReport, type SimulationReport } from './report';
export { PRESETS, DEFAULT_PRESET_ID, type Preset } from './presets';
export { VERSION_IDS, VERSION_INFO, commitUrl, isVersionId, type VersionId } from './versions';
export type { Step, StepEvent, StepType, LaneIteration, StepState } from './trace';
export { DEFAULT_KERNEL, type KernelConfig } from './config';
// The symptom lab (./symptoms), the exports (./export) and the counterexample search (./search)
// are imported from their own folders, not re-exported here: the page loads them lazily, and a
// re-export would pull them into the first chunk.
