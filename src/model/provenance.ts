// Where did this byte come from? Walks a traced lane's write log backwards: the step that last
// wrote a location names the move, the move names the source location, and so on until a root
// (the disk image, a fresh grant page, initial memory or the process's own fill).
import type { Region } from './content/lane';
import { refCell, refRoot, type Root } from './content/roots';
import type { LaneId, Simulation } from './simulate';
import type { CellMove, Step } from './trace';

/** A place a cell can be: region, page/grant/sector index, and cell within it (0 for disk sectors). */
export interface Location {
  readonly region: Region;
  readonly index: number;
  readonly cell: number;
}

/** One copy in the chain: the step that wrote `to`, and where it read from. */
export interface Hop {
  readonly step: number;
  readonly type: Step['type'];
  /** The request the step belonged to (null for process fills). */
  readonly request: number | null;
  readonly to: Location;
  readonly from: Location;
}

/** A byte's history: copies from the newest back to the root. */
export interface Provenance {
  readonly hops: readonly Hop[];
  readonly root: Root;
  /** Cell of the root (sector for the disk). */
  readonly rootCell: number;
}

/** The moves a step made on a lane. */
function movesOf(step: Step, lane: LaneId): readonly CellMove[] {
  switch (step.type) {
    case 'write-copy':
    case 'backend-transfer':
      return lane === 'oracle' ? [] : step.moves;
    case 'completion-copy': {
      if (lane === 'oracle') return [];
      const it = step.lanes[lane];
      return it.kind === 'copy' ? it.moves : [];
    }
    default:
      return [];
  }
}

/** Source of `loc` if `move` wrote it. Disk moves advance the sector index; others the cell. */
function sourceIn(move: CellMove, loc: Location): Location | null {
  const { to, from, cells } = move;
  if (to.region !== loc.region) return null;
  const offset = to.region === 'disk' ? loc.index - to.index : loc.cell - to.cell;
  const sameBase = to.region === 'disk' ? true : to.index === loc.index;
  if (!sameBase || offset < 0 || offset >= cells) return null;
  return from.region === 'disk'
    ? { region: 'disk', index: from.index + offset, cell: 0 }
    : { region: from.region, index: from.index, cell: from.cell + offset };
}

/** The history of the cell at `loc` on `lane` as it is after step `step` (needs a traced simulation). */
export function provenanceOf(
  sim: Simulation,
  lane: LaneId,
  loc: Location,
  step: number,
): Provenance {
  const hops: Hop[] = [];
  let at = loc;
  let when = step;
  const laneState = sim.lanes[lane];
  for (;;) {
    const { ref, writtenAt } = laneState.at(at.region, at.index, at.cell, when);
    const s = writtenAt === null ? undefined : sim.steps[writtenAt];
    const from = s
      ? movesOf(s, lane)
          .map((m) => sourceIn(m, at))
          .find((x) => x !== null)
      : undefined;
    if (!s || !from) {
      return { hops, root: sim.roots.get(refRoot(ref)), rootCell: refCell(ref) };
    }
    hops.push({
      step: s.index,
      type: s.type,
      request: 'request' in s ? s.request : null,
      to: at,
      from,
    });
    at = from;
    when = s.index - 1;
  }
}
