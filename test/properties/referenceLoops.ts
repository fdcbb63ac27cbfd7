// Independent re-statements of the two bio_vec-walking completion loops (kernel-notes.md, step 8),
// written from the notes rather than from src/model/completion, so a property can compare them.

/** A bio_vec as the loops see it. */
export interface LoopBvec {
  readonly offset: number;
  readonly length: number;
}

/** 0a8704a51: the grant index of each bio_vec is the running byte count >> PAGE_SHIFT. */
export function originalGrantIndices(bvecs: readonly LoopBvec[], pageSize: number): number[] {
  const out: number[] = [];
  let running = 0;
  for (const bv of bvecs) {
    out.push(Math.floor(running / pageSize));
    running += bv.length;
  }
  return out;
}

/** What d62f69185's loop does: the grant index per copied bio_vec, and where it BUGs (if). */
export interface PartialDataWalk {
  readonly indices: readonly number[];
  /** Index of the bio_vec at which BUG_ON(i >= nr_segments) fires; null if it never does. */
  readonly bugAt: number | null;
}

/** d62f69185: next grant only when a bio_vec starts before the previous one ended. */
export function partialDataWalk(bvecs: readonly LoopBvec[], nrSegments: number): PartialDataWalk {
  const indices: number[] = [];
  let i = 0;
  let end = 0;
  for (const [n, bv] of bvecs.entries()) {
    if (bv.offset < end) i += 1;
    if (i >= nrSegments) return { indices, bugAt: n };
    indices.push(i);
    end = bv.offset + bv.length;
  }
  return { indices, bugAt: null };
}
