// The code pane's watch panel as data: the kernel variables that matter at a step, named as in
// the listing, with plain-integer values. Completion steps always show the same rows (the loop
// variables of the focused version, "—" where that version has no such variable), so the reader's
// eye can stay on one row while stepping; queue-side steps show what their line computes.
import type { Simulation, Step, VersionId } from '../../model';
import type { CopyLoopVars } from '../../model/completion';

/** One watched variable. */
export interface WatchRow {
  readonly name: string;
  /** The value as text: a plain integer, a short phrase, or "—" when not applicable. */
  readonly value: string;
  /** True when the value differs from the previous iteration of the same loop. */
  readonly changed: boolean;
}

/** What the panel shows at a step: whose variables they are, and the rows. */
export interface Watch {
  /** e.g. "0a8704a51, iteration 1" or "blk_rq_map_sg"; null when nothing is watched. */
  readonly scope: string | null;
  readonly rows: readonly WatchRow[];
}

/** Not applicable: this version's loop has no such variable, or it is not running. */
export const NOT_APPLICABLE = '—';

const LOOP_VARS: readonly (keyof CopyLoopVars)[] = [
  'i',
  'offset',
  'bv_offset',
  'bv_len',
  'sg->offset',
  'sg->length',
  'nr_segments',
];

const text = (v: number | string | null | undefined) =>
  v === null || v === undefined ? NOT_APPLICABLE : String(v);

const rows = (pairs: readonly (readonly [string, number | string | null])[]): WatchRow[] =>
  pairs.map(([name, value]) => ({ name, value: text(value), changed: false }));

/** Loop variables (and the grant picked) of `v` at a completion step, or null if not running. */
function laneVars(step: Step, v: VersionId): (CopyLoopVars & { grant: number | null }) | null {
  if (step.type !== 'completion-copy') return null;
  const it = step.lanes[v];
  if (it.kind === 'copy') return { ...it.copy.vars, grant: it.grant };
  if (it.kind === 'bug') return { ...it.vars, grant: null };
  return null;
}

function completionWatch(sim: Simulation, step: Step & { type: 'completion-copy' }, v: VersionId) {
  const now = laneVars(step, v);
  const before = sim.steps[step.index - 1];
  // A debugger marks what the last iteration changed; the first iteration changes nothing.
  const prev =
    before?.type === 'completion-copy' && before.request === step.request
      ? laneVars(before, v)
      : null;
  const it = step.lanes[v];
  const state =
    it.kind === 'copy' ? `iteration ${step.iteration}` : it.kind === 'bug' ? 'BUG' : 'not copying';
  const watched: WatchRow[] = LOOP_VARS.map((name) => ({
    name,
    value: text(now?.[name]),
    changed: prev !== null && now !== null && prev[name] !== now[name],
  }));
  watched.push({
    name: 'grants_used[i]',
    value: now?.grant === null || now === null ? NOT_APPLICABLE : `grant ${now.grant}`,
    changed: prev !== null && now !== null && prev.grant !== now.grant,
  });
  return { scope: `${v}, ${state}`, rows: watched };
}

/** The watch panel at step `stepIndex`, for the focused version at completion steps. */
export function watchAt(sim: Simulation, stepIndex: number, focus: VersionId): Watch {
  const step = sim.steps[stepIndex];
  if (!step) return { scope: null, rows: [] };
  const rec = step.after.request === null ? undefined : sim.requests[step.after.request];
  switch (step.type) {
    case 'completion-copy':
      return completionWatch(sim, step, focus);
    case 'bio-built':
      return {
        scope: 'submit_bio',
        rows: rows([
          ['bi_sector', step.sector],
          ['bio_vecs', step.bvecs.length],
          ['bytes', step.bvecs.reduce((n, b) => n + b.length, 0)],
        ]),
      };
    case 'sg-new':
    case 'sg-merge': {
      const bv = rec?.bvecs[step.bvec];
      return {
        scope: 'blk_rq_map_sg',
        rows: rows([
          ['bvec', step.bvec],
          ['bv_offset', bv?.offset ?? null],
          ['bv_len', bv?.length ?? null],
          ['nsegs', step.segment + 1],
          ['sg->offset', step.entry.offset],
          ['sg->length', step.entry.length],
        ]),
      };
    }
    case 'grant-take':
      return {
        scope: 'blkif_queue_request',
        rows: rows([
          ['i', step.segment],
          ['grant', `${step.grant} (${step.reused ? 'reused' : 'new page'})`],
          ['persistent_gnts_c', step.after.poolFree.length],
        ]),
      };
    case 'write-copy':
    case 'ring-segment': {
      const e = rec?.sg[step.segment];
      const seg = rec?.segments[step.segment];
      return {
        scope: 'blkif_queue_request',
        rows: rows([
          ['i', step.segment],
          ['sg->offset', e?.offset ?? null],
          ['sg->length', e?.length ?? null],
          ['gref', step.type === 'ring-segment' ? step.gref : step.grant],
          ['first_sect', seg?.firstSect ?? null],
          ['last_sect', seg?.lastSect ?? null],
        ]),
      };
    }
    case 'backend-transfer':
      return {
        scope: 'blkback',
        rows: rows([
          ['i', step.segment],
          ['gref', step.grant],
          ['first_sect', step.grantOffset / 512],
          ['nsec', step.sectors],
          ['sector', step.sector],
        ]),
      };
    case 'backend-reject':
    case 'kernel-bug':
      return {
        scope: step.type === 'kernel-bug' ? 'blkif_queue_request' : 'blkback',
        rows: rows([['nseg', rec?.sg.length ?? null]]),
      };
    case 'grant-return':
      return {
        scope: 'blkif_completion',
        rows: rows([
          ['nr_segments', step.grants.length],
          ['grants_used[]', step.grants.join(', ')],
          ['persistent_gnts_c', step.after.poolFree.length],
        ]),
      };
    default:
      return { scope: null, rows: [] };
  }
}
