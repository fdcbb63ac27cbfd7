// Validation of how to walk a space (mode, seed, samples), with the same path-aware issues as
// scenario files, and the default choice: exhaustive when the space is small enough.
import { err, ok, type Result } from '../../lib/result';
import { searchIssue, type SearchIssue } from './rules';
import { MAX_EXHAUSTIVE_LAYOUTS, spaceSize } from './count';
import type { SearchSpace } from './space';
import type { SearchOptions } from './types';

/** Samples a sampling run draws unless told otherwise. */
export const DEFAULT_SAMPLES = 1_000_000;
/** Most samples one run may draw. */
export const MAX_SAMPLES = 1_000_000_000;
/** Seed used unless told otherwise. */
export const DEFAULT_SEED = 1;

/** Exhaustive when the space allows it, else DEFAULT_SAMPLES uniform samples. */
export function defaultSearchOptions(space: SearchSpace): SearchOptions {
  return {
    mode: spaceSize(space).exhaustive ? 'exhaustive' : 'sample',
    seed: DEFAULT_SEED,
    samples: DEFAULT_SAMPLES,
  };
}

/** Checks options against a space; missing fields take the defaults. */
export function parseSearchOptions(
  input: { mode?: unknown; seed?: unknown; samples?: unknown },
  space: SearchSpace,
): Result<SearchOptions, SearchIssue[]> {
  const issues: SearchIssue[] = [];
  const defaults = defaultSearchOptions(space);
  const wholeIn = (path: string, value: unknown, min: number, max: number): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      issues.push(searchIssue(path, 'wholeIn', { min, max }));
      return undefined;
    }
    return value;
  };
  let mode = defaults.mode;
  if (input.mode !== undefined) {
    if (input.mode !== 'exhaustive' && input.mode !== 'sample') {
      issues.push(searchIssue('mode', 'mode'));
    } else mode = input.mode;
  }
  const seed = wholeIn('seed', input.seed, 0, 2 ** 32 - 1) ?? defaults.seed;
  const samples = wholeIn('samples', input.samples, 1, MAX_SAMPLES) ?? defaults.samples;
  const size = spaceSize(space);
  if (mode === 'exhaustive' && !size.exhaustive) {
    issues.push(
      searchIssue('mode', 'exhaustiveTooBig', { max: MAX_EXHAUSTIVE_LAYOUTS, shapes: size.shapes }),
    );
  }
  return issues.length > 0 ? err(issues) : ok({ mode, seed, samples });
}
