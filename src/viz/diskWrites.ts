// The disk before and after each WRITE request, per version, for the symptom lab's read-modify-
// write view. "Before" is the oracle lane's disk just before the request started (the disk a
// correct kernel would have had, i.e. the image plus earlier correct writes); "correct" is what
// the oracle lane holds after the request; each version's "after" is its own lane's disk after the
// request. A byte is corrupted when a version's after differs from the correct after: that is
// model's diskCorruptBytes, restated per sector so the view can show where.
import {
  VERSION_IDS,
  bytesOfCell,
  type LaneId,
  type RequestRecord,
  type Simulation,
  type VersionId,
} from '../model';

/** Bytes in one disk sector (blkif sectors are 512 bytes). */
export const SECTOR_BYTES = 512;

/** One sector a WRITE request covers, as it was and became under each version. */
export interface WriteSector {
  readonly sector: number;
  /** Disk content before the write (oracle lane). */
  readonly before: Uint8Array;
  /** What a correct kernel leaves there (oracle lane after the write). */
  readonly correct: Uint8Array;
  /** Each version's disk after the write; null when that version did not run the request. */
  readonly after: Readonly<Record<VersionId, Uint8Array | null>>;
  /** Bytes of each version's after that differ from the correct after (0 when not run). */
  readonly corrupt: Readonly<Record<VersionId, number>>;
}

/** A WRITE request and the sectors it wrote. */
export interface DiskWrite {
  readonly request: number;
  readonly op: number;
  readonly sector: number;
  readonly sectors: number;
  /** Each version's status for this request ('ok', 'EIO', 'BUG', 'not-run'). */
  readonly status: Readonly<Record<VersionId, RequestRecord['versions'][VersionId]['status']>>;
  /** Sum of `corrupt` over the sectors, per version. */
  readonly corruptBytes: Readonly<Record<VersionId, number>>;
  readonly rows: readonly WriteSector[];
}

/** How many bytes of `a` and `b` (equal lengths) differ. */
export function countDifferent(a: Uint8Array, b: Uint8Array): number {
  if (a === b) return 0;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Bytes of sector `sector` on `lane` just after step `step` (before anything: step -1). */
function sectorAt(sim: Simulation, lane: LaneId, sector: number, step: number): Uint8Array {
  return bytesOfCell(sim, sim.lanes[lane].at('disk', sector, 0, step).ref);
}

/** Sectors of a request: its bio_vecs' total length in sectors. */
const sectorsOf = (r: RequestRecord) => r.bvecs.reduce((n, bv) => n + bv.length, 0) / SECTOR_BYTES;

/** The WRITE requests of a traced simulation, with every sector before and after. */
export function diskWrites(sim: Simulation): DiskWrite[] {
  return sim.requests.filter((r) => r.kind === 'write').map((r) => diskWrite(sim, r));
}

/** One WRITE request's sectors before and after (the simulation must be traced). */
export function diskWrite(sim: Simulation, r: RequestRecord): DiskWrite {
  const sectors = sectorsOf(r);
  const status = {} as Record<VersionId, RequestRecord['versions'][VersionId]['status']>;
  const corruptBytes = {} as Record<VersionId, number>;
  for (const v of VERSION_IDS) {
    status[v] = r.versions[v].status;
    corruptBytes[v] = 0;
  }
  const rows: WriteSector[] = [];
  for (let s = r.sector; s < r.sector + sectors; s++) {
    const before = sectorAt(sim, 'oracle', s, r.firstStep - 1);
    const correct = sectorAt(sim, 'oracle', s, r.lastStep);
    const after = {} as Record<VersionId, Uint8Array | null>;
    const corrupt = {} as Record<VersionId, number>;
    for (const v of VERSION_IDS) {
      // A version whose kernel died earlier never wrote: showing its disk would suggest it did.
      const ran = status[v] !== 'not-run';
      after[v] = ran ? sectorAt(sim, v, s, r.lastStep) : null;
      corrupt[v] = after[v] ? countDifferent(after[v], correct) : 0;
      corruptBytes[v] += corrupt[v];
    }
    rows.push({ sector: s, before, correct, after, corrupt });
  }
  return { request: r.index, op: r.op, sector: r.sector, sectors, status, corruptBytes, rows };
}

/** Most sector rows the view lists per write: a 1 MiB write has 2048 sectors. */
export const MAX_LISTED_SECTORS = 32;

/** The rows worth listing: all of a small write; else the corrupted ones, up to the maximum. */
export function listedRows(write: DiskWrite): readonly WriteSector[] {
  if (write.rows.length <= MAX_LISTED_SECTORS) return write.rows;
  const bad = write.rows.filter((r) => VERSION_IDS.some((v) => r.corrupt[v] > 0));
  return (bad.length > 0 ? bad : write.rows).slice(0, MAX_LISTED_SECTORS);
}
