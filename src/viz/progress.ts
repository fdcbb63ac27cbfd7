// How far a request has got at a step: which scatterlist entries, grants, ring segments, backend
// transfers and completion copies exist yet. One pass over the request's own steps (bounded by
// its step range), so stepping anywhere costs the same.
import type { LaneIteration, RequestRecord, Simulation, Step, VersionId } from '../model';
import { VERSION_IDS } from '../model';
import type { SgBreak } from '../model/stages/mapSg';
import type { PipelineSubject } from './subject';

/** A scatterlist entry as built so far. */
export interface SgSoFar {
  readonly segment: number;
  readonly page: number;
  readonly offset: number;
  readonly length: number;
  readonly bvecs: readonly number[];
  readonly because: SgBreak;
}

/** One completion memcpy a lane made. */
export type LaneCopy = Extract<LaneIteration, { kind: 'copy' }> & { readonly step: number };

/** A version's completion for this request so far. */
export interface LaneProgress {
  readonly copies: readonly LaneCopy[];
  /** The copy made at exactly this step (drawn as the animated ribbon). */
  readonly current: LaneCopy | null;
  /** BUG this lane hit in this request at or before the step. */
  readonly bug: string | null;
  /** The kernel died in an earlier request: this lane does nothing. */
  readonly notRun: boolean;
}

/** Why the request stopped short, if it did by this step. */
export interface RequestFailure {
  readonly kind: 'rejected' | 'backend' | 'queue-bug';
  readonly message: string;
}

/** Everything the view needs to know about a request at one step. */
export interface RequestProgress {
  readonly record: RequestRecord;
  readonly phase: 'queued' | 'active' | 'finished';
  /** The step shown. */
  readonly step: Step | null;
  readonly bvecsBuilt: boolean;
  readonly sg: readonly SgSoFar[];
  /** Grants taken so far: pool id and whether it was reused, per segment. */
  readonly grants: readonly { readonly grant: number; readonly reused: boolean }[];
  readonly ringSegments: number;
  /** Segments whose backend transfer has happened. */
  readonly transferred: ReadonlySet<number>;
  readonly lanes: Readonly<Record<VersionId, LaneProgress>>;
  readonly failure: RequestFailure | null;
  readonly done: boolean;
}

/** Progress of the subject's request at `step` (null for subjects that are not requests). */
export function requestProgress(
  sim: Simulation,
  subject: PipelineSubject,
  step: number,
): RequestProgress | null {
  if (subject.kind !== 'request') return null;
  const record = sim.requests[subject.request]!;
  const last = subject.phase === 'queued' ? record.firstStep - 1 : Math.min(step, record.lastStep);
  const sg: SgSoFar[] = [];
  const grants: { grant: number; reused: boolean }[] = [];
  const transferred = new Set<number>();
  const copies = Object.fromEntries(VERSION_IDS.map((v) => [v, [] as LaneCopy[]])) as Record<
    VersionId,
    LaneCopy[]
  >;
  const bugs = {} as Record<VersionId, string | null>;
  let bvecsBuilt = false;
  let ringSegments = 0;
  let failure: RequestFailure | null = null;
  let done = false;
  for (let i = record.firstStep; i <= last; i++) {
    const s = sim.steps[i]!;
    switch (s.type) {
      case 'bio-built':
        bvecsBuilt = true;
        break;
      case 'sg-new':
        sg.push({ ...s.entry, segment: s.segment, bvecs: [s.bvec], because: s.because ?? 'first' });
        break;
      case 'sg-merge': {
        const e = sg[s.segment]!;
        sg[s.segment] = { ...e, length: s.entry.length, bvecs: [...e.bvecs, s.bvec] };
        break;
      }
      case 'grant-take':
        grants[s.segment] = { grant: s.grant, reused: s.reused };
        break;
      case 'ring-segment':
        ringSegments = s.segment + 1;
        break;
      case 'backend-transfer':
        transferred.add(s.segment);
        break;
      case 'request-rejected':
        failure = { kind: 'rejected', message: `EIO: ${s.reason}` };
        break;
      case 'backend-reject':
        failure = { kind: 'backend', message: `backend rejected the request: ${s.reason}` };
        break;
      case 'kernel-bug':
        failure = { kind: 'queue-bug', message: s.message };
        for (const v of s.versions) bugs[v] = s.message;
        break;
      case 'completion-copy':
        for (const v of VERSION_IDS) {
          const it = s.lanes[v];
          if (it.kind === 'copy') copies[v].push({ ...it, step: i });
          else if (it.kind === 'bug') bugs[v] = it.message;
        }
        break;
      case 'request-done':
        done = true;
        break;
      default:
        break;
    }
  }
  const lanes = {} as Record<VersionId, LaneProgress>;
  for (const v of VERSION_IDS) {
    const list = copies[v];
    const latest = list.at(-1);
    lanes[v] = {
      copies: list,
      current: latest && latest.step === step ? latest : null,
      bug: bugs[v] ?? null,
      notRun: record.versions[v].status === 'not-run',
    };
  }
  return {
    record,
    phase: subject.phase,
    step: sim.steps[step] ?? null,
    bvecsBuilt,
    sg,
    grants,
    ringSegments,
    transferred,
    lanes,
    failure,
    done,
  };
}
