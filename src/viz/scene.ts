// What to draw at one step, positioned: the layout (fixed for the request) joined with the
// request's progress (what exists yet) and the cell classes (what each cell holds now). The UI
// renders a scene without further computation.
import type { Simulation, VersionId } from '../model';
import { VERSION_IDS } from '../model';
import { type GrantCell, grantCells, type LaneCell, laneCells } from './cellClasses';
import type { Span, SpanAt } from './geometry';
import { laneStatus, type LaneStatus } from './laneStatus';
import type { PipelineLayout } from './pipelineLayout';
import type { LaneCopy, RequestProgress } from './progress';

/** A grant strip at this step (cells null until the grant is taken). */
export interface GrantScene {
  readonly slot: number;
  readonly grant: number | null;
  readonly reused: boolean;
  readonly cells: readonly GrantCell[] | null;
  readonly segmentShown: boolean;
  readonly transferred: boolean;
}

/** A completion copy's ribbon: grant cells (src) to buffer cells (dst). */
export interface RibbonScene {
  readonly version: VersionId;
  readonly src: SpanAt;
  readonly dst: SpanAt;
  readonly wrong: boolean;
  readonly copy: LaneCopy;
}

/** One version's lane at this step. */
export interface LaneScene {
  readonly version: VersionId;
  readonly pages: readonly {
    readonly page: number;
    readonly x: number;
    readonly cells: readonly LaneCell[];
  }[];
  readonly status: LaneStatus;
  readonly ribbon: RibbonScene | null;
}

/** Which element the step is about (highlighted; the zoom follows it). */
export interface ActiveElement {
  readonly bvec: number | null;
  readonly sg: number | null;
  readonly segment: number | null;
  readonly span: Span | null;
}

/** Everything drawn at one step of a request. */
export interface PipelineScene {
  readonly grants: readonly GrantScene[];
  readonly lanes: readonly LaneScene[];
  readonly active: ActiveElement;
}

/** Joins layout, progress and cell states for `step` (see file comment). */
export function buildScene(
  sim: Simulation,
  layout: PipelineLayout,
  progress: RequestProgress,
  focus: VersionId,
  step: number,
): PipelineScene {
  const r = progress.record;
  const { covered } = layout;
  const grants = layout.grants.map((g): GrantScene => {
    const taken = progress.grants[g.slot];
    // A stale slot shows the pool grant a copy actually read through it, once one has.
    const staleGrant = g.stale ? staleSlotGrant(progress, g.slot) : null;
    const grant = taken?.grant ?? staleGrant;
    return {
      slot: g.slot,
      grant,
      reused: taken?.reused ?? true,
      cells: grant === null ? null : grantCells(sim, focus, grant, step),
      segmentShown: g.slot < progress.ringSegments,
      transferred: progress.transferred.has(g.slot),
    };
  });
  const lanes = VERSION_IDS.map((v): LaneScene => {
    const lane = layout.lanes.find((l) => l.version === v)!;
    const lp = progress.lanes[v];
    const pages = layout.pages.map((p) => ({
      page: p.page,
      x: p.x,
      cells:
        progress.phase === 'queued'
          ? covered.get(p.page)!.map(pendingOrOutside)
          : laneCells(sim, v, r, p.page, covered.get(p.page)!, step),
    }));
    return {
      version: v,
      pages,
      status: laneStatus(progress, v),
      ribbon: lp.current ? ribbonFor(layout, lane.cellsY, v, lp.current) : null,
    };
  });
  return { grants, lanes, active: activeElement(layout, progress, focus, lanes) };
}

const PENDING_CELL: LaneCell = { kind: 'pending', corruptBytes: 0, fresh: false, code: 'p' };
const OUTSIDE_CELL: LaneCell = { kind: 'outside', corruptBytes: 0, fresh: false, code: 'o' };
const pendingOrOutside = (inRequest: boolean): LaneCell =>
  inRequest ? PENDING_CELL : OUTSIDE_CELL;

function staleSlotGrant(progress: RequestProgress, slot: number): number | null {
  for (const v of VERSION_IDS)
    for (const c of progress.lanes[v].copies) if (c.copy.grantIndex === slot) return c.grant;
  return null;
}

/** The ribbon of copy `c` into lane `v`, whose cells start at `laneY`. */
export function ribbonFor(
  layout: PipelineLayout,
  laneY: number,
  v: VersionId,
  c: LaneCopy,
): RibbonScene | null {
  const grant = layout.grants.find((g) => g.slot === c.copy.grantIndex);
  const page = layout.pages.find((p) => p.page === c.copy.page);
  if (!grant || !page) return null;
  const cellW = layout.grid.cellW;
  const cells = c.copy.length / 512;
  const sx = grant.x + (c.copy.srcOffset / 512) * cellW;
  const dx = page.x + (c.copy.dstOffset / 512) * cellW;
  return {
    version: v,
    src: { x0: sx, x1: sx + cells * cellW, y: layout.grantRow.cellsY + layout.grantRow.cellH },
    dst: { x0: dx, x1: dx + cells * cellW, y: laneY },
    wrong: c.misdirectedBytes > 0,
    copy: c,
  };
}

function activeElement(
  layout: PipelineLayout,
  progress: RequestProgress,
  focus: VersionId,
  lanes: readonly LaneScene[],
): ActiveElement {
  const none = { bvec: null, sg: null, segment: null, span: null };
  const s = progress.step;
  if (!s || progress.phase !== 'active') return none;
  const colSpan = (segment: number): Span | null => {
    const g = layout.grants.find((x) => x.slot === segment);
    return g ? { x0: g.x, x1: g.x + layout.grid.stripW } : null;
  };
  switch (s.type) {
    case 'bio-built':
      return { ...none, span: layout.bvecs[0]?.span ?? null };
    case 'sg-new':
    case 'sg-merge':
      return { ...none, bvec: s.bvec, sg: s.segment, span: colSpan(s.segment) };
    case 'grant-take':
    case 'write-copy':
    case 'ring-segment':
    case 'backend-transfer':
      return { ...none, segment: s.segment, span: colSpan(s.segment) };
    case 'completion-copy': {
      const ribbon = lanes.find((l) => l.version === focus)?.ribbon;
      const bvec = ribbon?.copy.copy.bvec ?? null;
      return { ...none, bvec, span: ribbon ? { x0: ribbon.dst.x0, x1: ribbon.dst.x1 } : null };
    }
    default:
      return none;
  }
}
