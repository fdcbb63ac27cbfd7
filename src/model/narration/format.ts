// Small helpers shared by the narration modules: language-neutral text (numbers, ranges, extents)
// and the messages for counted nouns, sector ranges and grant names.
import type { Step, LaneIteration } from '../trace';
import { msg, type Message } from './message';

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
/** "0x400". */
export const hex = (n: number) => `0x${n.toString(16)}`;

/** Nouns the narration counts (keys of n.* in the templates). */
export type CountedNoun = 'byte' | 'bioVec' | 'segment' | 'sector' | 'request' | 'sgEntry';
/** "1 bio_vec", "2 bio_vecs", "3 scatterlist entries". */
export const counted = (count: number, noun: CountedNoun): Message => msg(`n.${noun}`, { count });
/** "sector 5" or "sectors 5–7". */
export const sectorsText = (first: number, count: number): Message =>
  count === 1
    ? msg('sectors.one', { first })
    : msg('sectors.range', { range: `${first}–${first + count - 1}` });
/** A grant as the pipeline labels it (pool id), with the grants_used slot when they differ. */
export const grantName = (slot: number, grant: number): Message =>
  slot === grant ? msg('grantName.plain', { grant }) : msg('grantName.slot', { slot, grant });
