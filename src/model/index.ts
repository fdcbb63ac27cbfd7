// Public API of the simulation, for the UI, the CLI, tests and benchmarks.
export {
  parseScenario,
  formatIssues,
  type Scenario,
  type ScenarioIssue,
} from './scenario/validate';
export type { ScenarioInput } from './scenario/schema';
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
// Exports (issue #5): C reproducer for a real Xen guest, blkparse-style log of the requests.
export {
  toCProgram,
  toBlkparseLog,
  expectedOutcomes,
  type CProgramOptions,
  type BlkparseOptions,
  type MismatchRange,
  type VersionExpectation,
} from './export';
// Symptom lab: what the process saw (strace view) and what parted concluded, per lane.
export {
  straceOf,
  straceText,
  straceDifferences,
  quoteString,
  quoteStringMapped,
  partedPrint,
  partedVerdictText,
  STRACE_DEFAULT_STRING_LIMIT,
  DEVICE_PATH,
  type StraceLane,
  type StraceOptions,
  type StraceLine,
  type LaneDifference,
  type ByteRange,
  type QuotedString,
  type PartedEntry,
  type PartedVerdict,
  type EntryArrayCrc,
} from './symptoms';
// Counterexample search (issue #6): search spaces, chunked runs, failure patterns, phase maps.
export {
  parseSearchSpace,
  parseSearchOptions,
  defaultSearchOptions,
  spaceSize,
  SearchRun,
  PATTERNS,
  counterexampleScenario,
  firstWrongCopyStep,
  firstFailureStep,
  phaseMapDirectIo,
  phaseMapRaid,
  type SearchSpace,
  type SearchOptions,
  type SearchResult,
  type SearchProgress,
  type VersionSearchResult,
  type Counterexample,
  type PatternSummary,
  type PatternId,
  type PhaseMap,
  type PhaseCell,
  type CellOutcome,
  type Contiguity,
  type SpaceSize,
} from './search';
