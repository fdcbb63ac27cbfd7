// The pipeline's state at one step as rows of text, for the table view (the drawing's
// accessible alternative): the request's bio_vecs, the scatterlist entries with the ring segment
// and grant each got, and per version the completion copies made so far — which grants_used[]
// slot and offset each copy read, and whether that was where the backend put the data.
// Everything comes from requestProgress(), the same pass the drawing uses, so the two agree.
import type { VersionId } from '../model';
import { VERSION_IDS } from '../model';
import type { RequestProgress } from './progress';

/** A bio_vec row. */
export interface BvecRow {
  readonly index: number;
  readonly page: number;
  readonly offset: number;
  readonly length: number;
  /** Scatterlist entry it joined, once blk_rq_map_sg has reached it. */
  readonly segment: number | null;
}

/** A scatterlist entry row, with its ring segment and grant once they exist. */
export interface SegmentRow {
  readonly index: number;
  readonly page: number;
  readonly offset: number;
  readonly length: number;
  readonly bvecs: readonly number[];
  /** Pool id of the grant taken for it, and whether that grant page was reused. */
  readonly grant: { readonly id: number; readonly reused: boolean } | null;
  /** first_sect and last_sect of the ring segment (blkif_queue_request), once written. */
  readonly sectors: { readonly first: number; readonly last: number } | null;
  /** The backend has transferred this segment's sectors. */
  readonly transferred: boolean;
}

/** One completion memcpy. */
export interface CopyRow {
  /** Loop iteration (bio_vec index for the bvec walks, sg index for b7649158). */
  readonly iteration: number;
  /** What it copies into: a bio_vec, or (sg-based) a scatterlist entry. */
  readonly into: { readonly kind: 'bvec' | 'sg'; readonly index: number };
  readonly page: number;
  readonly dstOffset: number;
  readonly length: number;
  /** Index into grants_used[] it read from, and that slot's pool id. */
  readonly grantIndex: number;
  readonly grantId: number;
  readonly srcOffset: number;
  /** The slot lies past nr_segments: a pointer an earlier request left behind. */
  readonly staleSlot: boolean;
  readonly misdirectedBytes: number;
  readonly right: boolean;
  /** Made at exactly the shown step. */
  readonly current: boolean;
}

/** Where a version's completion stands. */
export type LaneState = 'write' | 'waiting' | 'copying' | 'done' | 'bug' | 'not-run';

/** One version's copies so far. */
export interface VersionRows {
  readonly version: VersionId;
  readonly state: LaneState;
  readonly bug: string | null;
  readonly copies: readonly CopyRow[];
  readonly wrongCopies: number;
}

/** The table view's content for one request at one step. */
export interface StepTable {
  readonly request: number;
  readonly kind: 'read' | 'write';
  readonly bvecs: readonly BvecRow[];
  readonly segments: readonly SegmentRow[];
  readonly versions: readonly VersionRows[];
}

/** Rows for the request in `progress`, as far as it has got at the shown step. */
export function stepTable(progress: RequestProgress): StepTable {
  const { record } = progress;
  const segmentOf = new Map<number, number>();
  for (const e of progress.sg) for (const b of e.bvecs) segmentOf.set(b, e.segment);
  const bvecs: BvecRow[] = progress.bvecsBuilt
    ? record.bvecs.map((bv, index) => ({
        index,
        page: bv.page,
        offset: bv.offset,
        length: bv.length,
        segment: segmentOf.get(index) ?? null,
      }))
    : [];
  const segments: SegmentRow[] = progress.sg.map((e) => {
    const taken = progress.grants[e.segment];
    const ring = e.segment < progress.ringSegments ? record.segments[e.segment] : undefined;
    return {
      index: e.segment,
      page: e.page,
      offset: e.offset,
      length: e.length,
      bvecs: e.bvecs,
      grant: taken ? { id: taken.grant, reused: taken.reused } : null,
      sectors: ring ? { first: ring.firstSect, last: ring.lastSect } : null,
      transferred: progress.transferred.has(e.segment),
    };
  });
  const versions = VERSION_IDS.map((version): VersionRows => {
    const lane = progress.lanes[version];
    const copies: CopyRow[] = lane.copies.map((c) => ({
      iteration: c.copy.iteration,
      into:
        c.copy.bvec === null
          ? { kind: 'sg', index: c.copy.iteration }
          : { kind: 'bvec', index: c.copy.bvec },
      page: c.copy.page,
      dstOffset: c.copy.dstOffset,
      length: c.copy.length,
      grantIndex: c.copy.grantIndex,
      grantId: c.grant,
      srcOffset: c.copy.srcOffset,
      staleSlot: c.staleSlot,
      misdirectedBytes: c.misdirectedBytes,
      right: c.misdirectedBytes === 0,
      current: lane.current === c,
    }));
    return {
      version,
      state: laneState(record.kind, lane, copies.length, progress.done),
      bug: lane.bug,
      copies,
      wrongCopies: copies.filter((c) => !c.right).length,
    };
  });
  return { request: record.index, kind: record.kind, bvecs, segments, versions };
}

function laneState(
  kind: 'read' | 'write',
  lane: RequestProgress['lanes'][VersionId],
  copies: number,
  done: boolean,
): LaneState {
  if (lane.notRun) return 'not-run';
  if (lane.bug) return 'bug';
  // WRITE completions copy nothing (the data went out at queue time).
  if (kind === 'write') return 'write';
  if (done) return 'done';
  return copies > 0 ? 'copying' : 'waiting';
}
