// Where bytes come from. Everything on the I/O path is a copy of 512-byte cells, so the content of
// any cell is "cell n of some root" and a byte's value is derived from that root on demand. The
// model never copies data, only these references, and it can say for every byte where it came
// from. Roots are the only places data is created.
import type { Fill } from '../scenario/schema';
import type { GrantId } from '../units';

/** A source of data that no copy produced. */
export type Root =
  /** The generated disk image; cell n = sector n. */
  | { readonly kind: 'disk' }
  /** Process memory before any op touched it (fresh anonymous memory: zeros); cell = page*cellsPerPage + cell. */
  | { readonly kind: 'initial-memory' }
  /** A grant page as alloc_page() returned it: never zeroed, shown as a recognisable pattern; cell = cell in page. */
  | { readonly kind: 'uninit-grant'; readonly grant: GrantId }
  /** Data the process put in its buffer before op `op`; cell n = the op's n-th 512 bytes. */
  | { readonly kind: 'fill'; readonly op: number; readonly fill: Fill };

/**
 * A cell reference packed in one number: rootId * 2^32 + cell. Numbers (not objects) keep the
 * no-trace path allocation-free and let a page of cells be a Float64Array.
 */
export type CellRef = number;

const CELL_SPACE = 4294967296;

/** Packs a root id and a cell index. */
export const cellRef = (root: number, cell: number): CellRef => root * CELL_SPACE + cell;
/** Root id of a reference. */
export const refRoot = (ref: CellRef): number => Math.floor(ref / CELL_SPACE);
/** Cell index (within the root) of a reference. */
export const refCell = (ref: CellRef): number => ref % CELL_SPACE;

/** Root id of the disk image (always 0). */
export const DISK_ROOT = 0;
/** Root id of initial process memory (always 1). */
export const INITIAL_MEMORY_ROOT = 1;

/** The roots of one simulation, interned so ids are deterministic. */
export class RootTable {
  readonly list: Root[] = [{ kind: 'disk' }, { kind: 'initial-memory' }];
  private readonly uninit = new Map<number, number>();
  private readonly fills = new Map<number, number>();

  /** Root of grant page `grant` as first allocated. */
  uninitGrant(grant: GrantId): number {
    let id = this.uninit.get(grant);
    if (id === undefined) {
      id = this.list.push({ kind: 'uninit-grant', grant }) - 1;
      this.uninit.set(grant, id);
    }
    return id;
  }

  /** Root of the data the process writes before op `op`. */
  fill(op: number, fill: Fill): number {
    let id = this.fills.get(op);
    if (id === undefined) {
      id = this.list.push({ kind: 'fill', op, fill }) - 1;
      this.fills.set(op, id);
    }
    return id;
  }

  /** The root with this id. */
  get(id: number): Root {
    const root = this.list[id];
    if (!root) throw new Error(`no root ${id}`);
    return root;
  }
}

/** The 16-byte record that fills a never-written grant page, so stale-uninitialised bytes are recognisable. */
export function uninitRecord(grant: number, cell: number): string {
  return `UNINIT g${String(grant).padStart(3, '0')} c${String(cell).padStart(3, '0')} `.slice(
    0,
    16,
  );
}
