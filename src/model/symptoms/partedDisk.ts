// "The disk as parted saw it": for each sector, the bytes the process's last successful read of
// that sector returned under one lane. Sectors the process never read are absent: parted would
// have to issue another read for them, and the model does not invent what it would return.
import { opViews, type StraceLane } from './opView';
import type { Simulation } from '../simulate';

/** One sector as the process last read it. */
export interface SeenSector {
  readonly bytes: Uint8Array;
  /** The op whose read supplied these bytes. */
  readonly op: number;
}

/** Sectors (512 bytes) the process read under `lane`, from its own O_DIRECT reads only. */
export function sectorsSeen(sim: Simulation, lane: StraceLane): Map<number, SeenSector> {
  const seen = new Map<number, SeenSector>();
  for (const view of opViews(sim, lane)) {
    // A stacked driver's bio is not parted's read; a failed read gave parted nothing.
    if (view.source !== 'buffer' || view.kind !== 'read' || view.status !== 'ok') continue;
    const bytes = view.bytes!;
    for (let s = 0; s * 512 < bytes.length; s++) {
      seen.set(view.sector + s, { bytes: bytes.subarray(s * 512, (s + 1) * 512), op: view.op });
    }
  }
  return seen;
}

/** The sectors [first, first + count) if every one was read, else the first missing one. */
export function gatherSectors(
  seen: ReadonlyMap<number, SeenSector>,
  first: number,
  count: number,
): { bytes: Uint8Array; ops: number[] } | { missing: number } {
  const bytes = new Uint8Array(count * 512);
  const ops = new Set<number>();
  for (let s = 0; s < count; s++) {
    const sector = seen.get(first + s);
    if (!sector) return { missing: first + s };
    bytes.set(sector.bytes, s * 512);
    ops.add(sector.op);
  }
  return { bytes, ops: [...ops].sort((a, b) => a - b) };
}
