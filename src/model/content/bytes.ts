// Materialises the 512 bytes of a cell reference (for hex views, comparisons and the CLI).
import type { DiskImage } from '../disk/image';
import { differingRecordBytes } from './recordCells';
import { refCell, refRoot, uninitRecord, type CellRef, type Root, type RootTable } from './roots';

export { uninitRecord };

const ZERO_CELL = new Uint8Array(512);

function asciiBytes(s: string, length: number, startAt: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = s.charCodeAt((startAt + i) % s.length) & 0xff;
  return out;
}

// A fresh grant page's bytes depend only on (grant, cell): cache them across runs.
const uninitCache = new Map<number, Uint8Array>();
const UNINIT_CACHE_LIMIT = 8192;

function uninitBytes(grant: number, cell: number): Uint8Array {
  const key = grant * 4096 + cell;
  let bytes = uninitCache.get(key);
  if (!bytes) {
    bytes = asciiBytes(uninitRecord(grant, cell), 512, 0);
    if (uninitCache.size >= UNINIT_CACHE_LIMIT) uninitCache.clear();
    uninitCache.set(key, bytes);
  }
  return bytes;
}

function rootCellBytes(root: Root, cell: number, image: DiskImage): Uint8Array {
  switch (root.kind) {
    case 'disk':
      return image.sectorBytes(cell);
    case 'initial-memory':
      return ZERO_CELL;
    case 'uninit-grant':
      return uninitBytes(root.grant, cell);
    case 'fill':
      return 'byte' in root.fill
        ? new Uint8Array(512).fill(root.fill.byte)
        : asciiBytes(root.fill.text, 512, cell * 512);
  }
}

/** The bytes a cell reference stands for (shared arrays: do not mutate). */
export function cellBytes(ref: CellRef, roots: RootTable, image: DiskImage): Uint8Array {
  return rootCellBytes(roots.get(refRoot(ref)), refCell(ref), image);
}

/** How many of the 512 bytes differ between two cell references. */
export function differingBytes(a: CellRef, b: CellRef, roots: RootTable, image: DiskImage): number {
  if (a === b) return 0;
  const fast = differingRecordBytes(a, b, roots, image);
  if (fast !== null) return fast;
  const x = cellBytes(a, roots, image);
  const y = cellBytes(b, roots, image);
  if (x === y) return 0;
  let n = 0;
  // Word-wise first: most differing cells differ in few words (records share their text).
  if (x.byteOffset % 4 === 0 && y.byteOffset % 4 === 0) {
    const xw = new Uint32Array(x.buffer, x.byteOffset, 128);
    const yw = new Uint32Array(y.buffer, y.byteOffset, 128);
    for (let w = 0; w < 128; w++) {
      if (xw[w] === yw[w]) continue;
      const i = w * 4;
      n +=
        +(x[i] !== y[i]) +
        +(x[i + 1] !== y[i + 1]) +
        +(x[i + 2] !== y[i + 2]) +
        +(x[i + 3] !== y[i + 3]);
    }
    return n;
  }
  for (let i = 0; i < 512; i++) if (x[i] !== y[i]) n++;
  return n;
}
