// What a READ completion loop does, as data: the memcpy calls it makes in order, with the loop
// variables the code pane shows, and the BUG_ON (if any) that stops it.
import type { SgEntry } from '../stages/mapSg';
import type { Bvec } from '../stages/bvec';
import type { PageIndex } from '../units';
import type { VersionId } from '../versions';

/** Loop variables at the memcpy (or at the BUG), named as in the kernel source. */
export interface CopyLoopVars {
  readonly i: number;
  readonly offset: number | null;
  readonly bv_offset: number | null;
  readonly bv_len: number | null;
  readonly 'sg->offset': number | null;
  readonly 'sg->length': number | null;
  readonly nr_segments: number;
}

/** One memcpy from grants_used[grantIndex] into a process page. */
export interface PlannedCopy {
  /** Loop iteration (bio_vec index for the bvec walks, sg index for b7649158). */
  readonly iteration: number;
  /** The bio_vec copied into, for the bvec-walking versions; null for the sg walk. */
  readonly bvec: number | null;
  /** Index into grants_used[] (may be >= nr_segments in 0a8704a51 with what-if limits). */
  readonly grantIndex: number;
  readonly srcOffset: number;
  readonly page: PageIndex;
  readonly dstOffset: number;
  readonly length: number;
  readonly vars: CopyLoopVars;
}

/** A kernel BUG that stops the loop before iteration `iteration` copies anything. */
export interface PlannedBug {
  readonly iteration: number;
  readonly message: string;
  readonly vars: CopyLoopVars;
}

/** The whole loop: copies in order, then maybe a BUG. */
export interface CompletionPlan {
  readonly version: VersionId;
  readonly copies: readonly PlannedCopy[];
  readonly bug: PlannedBug | null;
}

/** The request as the completion sees it. */
export interface CompletionInput {
  readonly bvecs: readonly Bvec[];
  readonly sg: readonly SgEntry[];
  readonly pageSize: number;
}

/** A completion-copy version: request layout in, memcpy plan out. */
export type CompletionVersion = (req: CompletionInput) => CompletionPlan;
