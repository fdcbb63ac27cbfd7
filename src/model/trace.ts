// The trace the UI animates: an immutable list of steps, each a discriminated union on `type`,
// with the small pieces of state after it inline (pool, current request). Cell contents after a
// step come from the lanes' write logs (Simulation.cellAt), so stepping back is an index.
import type { CopyLoopVars, PlannedCopy } from './completion/types';
import type { Region } from './content/lane';
import type { SgBreak } from './stages/mapSg';
import type { Bvec } from './stages/bvec';
import type { GrantId, PageIndex, Sector } from './units';
import type { VersionId } from './versions';

/** A contiguous run of cells moved from one place to another by one step. */
export interface CellMove {
  readonly from: { readonly region: Region; readonly index: number; readonly cell: number };
  readonly to: { readonly region: Region; readonly index: number; readonly cell: number };
  readonly cells: number;
}

/** What one version's completion loop did at one lockstep iteration. */
export type LaneIteration =
  | {
      readonly kind: 'copy';
      readonly copy: PlannedCopy;
      /** Pool id of grants_used[copy.grantIndex]. */
      readonly grant: GrantId;
      /** grantIndex >= nr_segments: the pointer is stale, left in the shadow slot by an earlier request. */
      readonly staleSlot: boolean;
      /** Bytes of this copy that did not come from where the backend put their data. */
      readonly misdirectedBytes: number;
      readonly moves: readonly CellMove[];
    }
  | { readonly kind: 'bug'; readonly message: string; readonly vars: CopyLoopVars }
  | { readonly kind: 'idle' }
  | { readonly kind: 'not-run' };

/** State after a step that is cheap to keep inline. */
export interface StepState {
  /** Request being processed, if any. */
  readonly request: number | null;
  /** Free grants, head first (the next take gets the first). */
  readonly poolFree: readonly GrantId[];
  /** Grant pages allocated so far. */
  readonly poolSize: number;
  /** Versions whose kernel has hit a BUG (their lanes stop). */
  readonly dead: readonly VersionId[];
}

/** Status of a finished request or op. */
export type IoStatus = 'ok' | 'EIO' | 'EINVAL' | 'BUG';

/** One step of the trace. */
export type StepEvent =
  | {
      readonly type: 'op-start';
      readonly op: number;
      readonly kind: 'read' | 'write';
      readonly label: string | undefined;
    }
  | {
      readonly type: 'op-failed';
      readonly op: number;
      readonly errno: 'EINVAL';
      readonly reason: string;
    }
  | {
      readonly type: 'process-fill';
      readonly op: number;
      /** The buffer ranges the process wrote before the syscall (from op.fill). */
      readonly ranges: readonly Bvec[];
    }
  | {
      readonly type: 'bio-built';
      readonly op: number;
      readonly request: number;
      readonly kind: 'read' | 'write';
      readonly sector: Sector;
      readonly bvecs: readonly Bvec[];
    }
  | {
      readonly type: 'request-rejected';
      readonly request: number;
      readonly errno: 'EIO';
      readonly reason: string;
    }
  | {
      readonly type: 'sg-new' | 'sg-merge';
      readonly request: number;
      readonly bvec: number;
      readonly segment: number;
      readonly because: SgBreak | null;
      /** The entry after this bio_vec joined or started it. */
      readonly entry: {
        readonly page: PageIndex;
        readonly offset: number;
        readonly length: number;
      };
    }
  | {
      readonly type: 'grant-take';
      readonly request: number;
      readonly segment: number;
      readonly grant: GrantId;
      readonly reused: boolean;
    }
  | {
      readonly type: 'write-copy';
      readonly request: number;
      readonly segment: number;
      readonly grant: GrantId;
      readonly moves: readonly CellMove[];
    }
  | {
      readonly type: 'ring-segment';
      readonly request: number;
      readonly segment: number;
      readonly gref: GrantId;
      readonly firstSect: number;
      readonly lastSect: number;
    }
  | { readonly type: 'backend-reject'; readonly request: number; readonly reason: string }
  | {
      readonly type: 'backend-transfer';
      readonly request: number;
      readonly segment: number;
      readonly grant: GrantId;
      readonly direction: 'disk-to-grant' | 'grant-to-disk';
      readonly sector: Sector;
      readonly sectors: number;
      readonly grantOffset: number;
      readonly moves: readonly CellMove[];
    }
  | {
      readonly type: 'completion-copy';
      readonly request: number;
      readonly iteration: number;
      readonly lanes: Readonly<Record<VersionId, LaneIteration>>;
    }
  | {
      readonly type: 'kernel-bug';
      readonly request: number;
      readonly versions: readonly VersionId[];
      readonly message: string;
      readonly where: 'queue';
    }
  | { readonly type: 'grant-return'; readonly request: number; readonly grants: readonly GrantId[] }
  | {
      readonly type: 'request-done';
      readonly request: number;
      readonly status: IoStatus;
      readonly outcome: Readonly<
        Record<
          VersionId,
          {
            readonly status: IoStatus | 'not-run';
            readonly misdirectedBytes: number;
            readonly corruptBytes: number;
          }
        >
      >;
    }
  | { readonly type: 'op-done'; readonly op: number; readonly status: IoStatus };

/** A step with its index and the state after it. */
export type Step = StepEvent & { readonly index: number; readonly after: StepState };

/** The `type` tags of steps. */
export type StepType = StepEvent['type'];
