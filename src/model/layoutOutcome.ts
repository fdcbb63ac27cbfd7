// The fast path for searches over many layouts: what each completion version does with ONE
// request, from its bio_vecs alone — no bytes, no lanes, no grant pool. It answers "which bio_vecs
// get misdirected bytes and does the kernel BUG", which is what a counterexample search needs.
// Content-dependent numbers (corrupt bytes, stale content) need simulate().
import { COMPLETIONS } from './completion';
import type { KernelConfig } from './config';
import type { PageFrames } from './scenario/validate';
import type { Bvec } from './stages/bvec';
import { mapSg } from './stages/mapSg';
import { misdirectedBytesOf, requestLayout } from './stages/requestLayout';
import type { PageIndex } from './units';
import { VERSION_IDS, type VersionId } from './versions';

/** One version's verdict on a request layout. */
export interface LayoutVerdict {
  readonly wrongBvecs: readonly number[];
  readonly misdirectedBytes: number;
  readonly bug: string | null;
}

/** The verdicts of all versions, and the scatterlist size. */
export interface LayoutOutcome {
  readonly sgEntries: number;
  readonly versions: Readonly<Record<VersionId, LayoutVerdict>>;
}

/**
 * Analyses one READ request. grants_used[] slots past nr_segments are taken as never set (a
 * freshly connected device), so 0a8704a51 reading one is reported as its NULL dereference.
 */
export function analyzeLayout(
  bvecs: readonly Bvec[],
  kernel: KernelConfig,
  framesOf: (p: PageIndex) => PageFrames,
): LayoutOutcome {
  const sg = mapSg(bvecs, kernel, framesOf).entries;
  const layout = requestLayout(bvecs, sg);
  const versions = {} as Record<VersionId, LayoutVerdict>;
  for (const v of VERSION_IDS) {
    const plan = COMPLETIONS[v]({ bvecs, sg, pageSize: kernel.pageSize });
    const wrong = new Uint8Array(bvecs.length);
    let misdirectedBytes = 0;
    let bug = plan.bug?.message ?? null;
    for (const copy of plan.copies) {
      if (copy.grantIndex >= sg.length) {
        bug = `NULL pointer dereference: grants_used[${copy.grantIndex}] was never set (i >= nr_segments)`;
        break;
      }
      misdirectedBytes += misdirectedBytesOf(copy, layout, (b) => (wrong[b] = 1));
    }
    const wrongBvecs: number[] = [];
    wrong.forEach((w, b) => w && wrongBvecs.push(b));
    versions[v] = { wrongBvecs, misdirectedBytes, bug };
  }
  return { sgEntries: sg.length, versions };
}
