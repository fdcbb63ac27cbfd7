// The three completion loops by version id.
import type { VersionId } from '../versions';
import { originalCompletion } from './original';
import { partialDataCompletion } from './partialData';
import { sgBasedCompletion } from './sgBased';
import type { CompletionVersion } from './types';

/** The READ completion loop of each version. */
export const COMPLETIONS: Readonly<Record<VersionId, CompletionVersion>> = {
  '0a8704a51': originalCompletion,
  d62f69185: partialDataCompletion,
  b7649158: sgBasedCompletion,
};

export type * from './types';
