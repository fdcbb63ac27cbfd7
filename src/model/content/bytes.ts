// Materialises the 512 bytes of a cell reference (for hex views, comparisons and the CLI).
import type { DiskImage } from '../disk/image';
import { refCell, refRoot, type CellRef, type Root, type RootTable } from './roots';

const ZERO_CELL = new Uint8Array(512);

/** The 16-byte record that fills a never-written grant page, so stale-uninitialised bytes are recognisable. */
export function uninitRecord(grant: number, cell: number): string {
  return `UNINIT g${String(grant).padStart(3, '0')} c${String(cell).padStart(3, '0')} `.slice(
    0,
    16,
  );
}

function asciiBytes(s: string, length: number, startAt: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = s.charCodeAt((startAt + i) % s.length) & 0xff;
  return out;
}

function rootCellBytes(root: Root, cell: number, image: DiskImage): Uint8Array {
  switch (root.kind) {
    case 'disk':
      return image.sectorBytes(cell);
    case 'initial-memory':
      return ZERO_CELL;
    case 'uninit-grant':
      return asciiBytes(uninitRecord(root.grant, cell), 512, 0);
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
  const x = cellBytes(a, roots, image);
  const y = cellBytes(b, roots, image);
  let n = 0;
  for (let i = 0; i < 512; i++) if (x[i] !== y[i]) n++;
  return n;
}
