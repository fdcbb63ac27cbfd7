// Small text helpers shared by the narration modules.
import type { Step, LaneIteration } from '../trace';

/** A step of one type. */
export type StepOf<T extends Step['type']> = Extract<Step, { type: T }>;
/** A lane iteration that copied. */
export type CopyLane = Extract<LaneIteration, { kind: 'copy' }>;
/** A (page, offset, length) range. */
export type Extent = { readonly page: number; readonly offset: number; readonly length: number };

/** "from–to" of a byte range. */
export const bytes = (from: number, length: number) => `${from}–${from + length - 1}`;
/** "(P3, 512, 1024)". */
export const triple = (e: Extent) => `(P${e.page}, ${e.offset}, ${e.length})`;
/** "1 bio_vec", "2 bio_vecs". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "1 scatterlist entry", "3 scatterlist entries". */
export const entries = (n: number) => `${n} scatterlist ${n === 1 ? 'entry' : 'entries'}`;
/** "sector 5" or "sectors 5–7". */
export const sectorsText = (first: number, count: number) =>
  count === 1 ? `sector ${first}` : `sectors ${first}–${first + count - 1}`;
/** "0x400". */
export const hex = (n: number) => `0x${n.toString(16)}`;
/** "a, b and c". */
export const andList = (xs: readonly string[]) =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
/** First letter upper-cased. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A grant as the pipeline labels it (pool id), with the grants_used slot when they differ. */
export const grantName = (slot: number, grant: number) =>
  slot === grant ? `grant ${grant}` : `grants_used[${slot}] (grant ${grant})`;
