// Public API of the counterexample search (issue #6): pure, deterministic, chunked, and plain
// data in and out, so the CLI, tests and a Web Worker share it. See docs/search.md.
export {
  parseSearchSpace,
  framesFor,
  mergesAcrossPages,
  CONTIGUITIES,
  MAX_SEARCH_BVECS,
  MAX_SEARCH_PAGES,
  type Contiguity,
  type SearchSpace,
} from './space';
export { spaceSize, MAX_EXHAUSTIVE_LAYOUTS, type SpaceSize } from './count';
export {
  parseSearchOptions,
  defaultSearchOptions,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  MAX_SAMPLES,
} from './options';
export { SearchRun, describeCounterexample } from './run';
export { PATTERNS, patternInfo, type PatternId, type PatternInfo } from './patterns';
export {
  SEARCH_RULES_EN,
  searchRuleMessage,
  type SearchIssue,
  type SearchRule,
  type SearchRuleId,
} from './rules';
export {
  counterexampleScenario,
  firstWrongCopyStep,
  firstFailureStep,
  formatBvecs,
} from './scenario';
export {
  phaseMapDirectIo,
  phaseMapRaid,
  type PhaseMap,
  type PhaseCell,
  type CellOutcome,
} from './phaseMap';
export type {
  Counterexample,
  PatternSummary,
  SearchOptions,
  SearchProgress,
  SearchResult,
  ShapeCounts,
  VersionSearchResult,
} from './types';
