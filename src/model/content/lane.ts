// One version's world: process memory, grant page contents and the disk, as cell references.
// Each completion version (and the ideal "oracle") runs the whole scenario on its own lane, so a
// corrupted buffer written back corrupts only that version's disk. When tracing, every write is
// also logged with its step index, so the content at any step is a lookup, not a replay.
import type { GrantId } from '../units';
import { cellRef, DISK_ROOT, INITIAL_MEMORY_ROOT, type CellRef } from './roots';

/** The three places cells live. */
export type Region = 'memory' | 'grant' | 'disk';

const REGION_CODE: Record<Region, number> = { memory: 0, grant: 1, disk: 2 };

/** History key of a location (region, index = page/grant/sector, cell within it). */
const locationKey = (region: Region, index: number, cell: number): number =>
  (REGION_CODE[region] * 16777216 + index) * 256 + cell;

/** A cell's place: region, page/grant/sector index, and cell within it (0 for disk sectors). */
export interface CellLocation {
  readonly region: Region;
  readonly index: number;
  readonly cell: number;
}

/** Per-location write log: parallel arrays of step indices (ascending) and the refs written. */
interface LocationLog {
  readonly steps: number[];
  readonly refs: CellRef[];
}

/** Cell contents of one lane, with an optional step-indexed write log. */
export class Lane {
  private readonly memory = new Map<number, Float64Array>();
  private readonly grants: Float64Array[] = [];
  private readonly disk = new Map<number, CellRef>();
  private readonly log: Map<number, LocationLog> | null;
  /** Step index that writes are attributed to (set by the simulation before each step's writes). */
  step = 0;
  /** Grant id -> root id of its uninitialised content, for pages not yet written. */
  private readonly uninitRoots: number[] = [];

  constructor(
    private readonly cellsPerPage: number,
    tracing: boolean,
  ) {
    this.log = tracing ? new Map() : null;
  }

  /** Registers a freshly allocated grant page whose cells show root `uninitRoot`. */
  allocateGrant(grant: GrantId, uninitRoot: number): void {
    const cells = new Float64Array(this.cellsPerPage);
    for (let c = 0; c < this.cellsPerPage; c++) cells[c] = cellRef(uninitRoot, c);
    this.grants[grant] = cells;
    this.uninitRoots[grant] = uninitRoot;
  }

  /** Initial content of a location (before any logged write). */
  initial(region: Region, index: number, cell: number): CellRef {
    switch (region) {
      case 'memory':
        return cellRef(INITIAL_MEMORY_ROOT, index * this.cellsPerPage + cell);
      case 'grant':
        return cellRef(this.uninitRoots[index] ?? -1, cell);
      case 'disk':
        return cellRef(DISK_ROOT, index);
    }
  }

  /** Current content of a location. */
  read(region: Region, index: number, cell: number): CellRef {
    switch (region) {
      case 'memory':
        return this.memory.get(index)?.[cell] ?? this.initial('memory', index, cell);
      case 'grant': {
        const page = this.grants[index];
        if (!page) throw new Error(`grant ${index} was never allocated`);
        return page[cell]!;
      }
      case 'disk':
        return this.disk.get(index) ?? this.initial('disk', index, 0);
    }
  }

  /** Writes a location (and logs it when tracing). */
  write(region: Region, index: number, cell: number, ref: CellRef): void {
    switch (region) {
      case 'memory':
        this.memoryPage(index)[cell] = ref;
        break;
      case 'grant':
        this.grantPage(index)[cell] = ref;
        break;
      case 'disk':
        this.disk.set(index, ref);
        break;
    }
    if (this.log) this.logWrite(region, index, cell, ref);
  }

  /**
   * Copies `cells` cells (memcpy of cells*512 bytes). On the disk, consecutive cells are
   * consecutive sectors (index + c); elsewhere they are cells of one page (cell + c).
   */
  copy(from: CellLocation, to: CellLocation, cells: number): void {
    const src = from.region === 'disk' ? null : this.pageOf(from.region, from.index);
    const dst = to.region === 'disk' ? null : this.pageOf(to.region, to.index);
    for (let c = 0; c < cells; c++) {
      const ref = src ? src[from.cell + c]! : this.read('disk', from.index + c, 0);
      if (dst) dst[to.cell + c] = ref;
      else this.disk.set(to.index + c, ref);
      if (this.log) {
        if (dst) this.logWrite(to.region, to.index, to.cell + c, ref);
        else this.logWrite('disk', to.index + c, 0, ref);
      }
    }
  }

  private pageOf(region: 'memory' | 'grant', index: number): Float64Array {
    return region === 'memory' ? this.memoryPage(index) : this.grantPage(index);
  }

  private memoryPage(index: number): Float64Array {
    let page = this.memory.get(index);
    if (!page) {
      page = new Float64Array(this.cellsPerPage);
      for (let c = 0; c < this.cellsPerPage; c++) page[c] = this.initial('memory', index, c);
      this.memory.set(index, page);
    }
    return page;
  }

  private grantPage(index: number): Float64Array {
    const page = this.grants[index];
    if (!page) throw new Error(`grant ${index} was never allocated`);
    return page;
  }

  private logWrite(region: Region, index: number, cell: number, ref: CellRef): void {
    const key = locationKey(region, index, cell);
    let entry = this.log!.get(key);
    if (!entry) {
      entry = { steps: [], refs: [] };
      this.log!.set(key, entry);
    }
    entry.steps.push(this.step);
    entry.refs.push(ref);
  }

  /**
   * Content of a location just after step `step`, and the step that wrote it (null: initial).
   * Binary search in the location's log: O(log writes), independent of how far back `step` is.
   */
  at(
    region: Region,
    index: number,
    cell: number,
    step: number,
  ): { ref: CellRef; writtenAt: number | null } {
    if (!this.log) throw new Error('this lane was not traced');
    const entry = this.log.get(locationKey(region, index, cell));
    if (!entry) return { ref: this.initial(region, index, cell), writtenAt: null };
    let lo = 0;
    let hi = entry.steps.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entry.steps[mid]! <= step) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return { ref: this.initial(region, index, cell), writtenAt: null };
    return { ref: entry.refs[found]!, writtenAt: entry.steps[found]! };
  }

  /** Sectors this lane's disk has had written (for disk comparisons). */
  writtenSectors(): IterableIterator<number> {
    return this.disk.keys();
  }

  /** Whether grant `grant` exists in this lane. */
  hasGrant(grant: GrantId): boolean {
    return this.grants[grant] !== undefined;
  }
}
