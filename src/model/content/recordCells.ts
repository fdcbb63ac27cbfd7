// Fast byte comparison for cells made of 32 identical-shaped 16-byte records, which is what most
// cells are: pattern sectors ("LBA 0000002 +010": 13 fixed bytes, then the record's offset as 3
// hex digits), fresh grant pages ("UNINIT g005 c002": 16 fixed bytes) and zeros. Counting the
// differing bytes of two such cells needs the 16-byte records only, not 512 materialised bytes;
// that keeps corrupt-byte counting cheap enough for searches over many layouts.
import type { DiskImage } from '../disk/image';
import { refCell, refRoot, uninitRecord, type CellRef, type RootTable } from './roots';

/** How a cell's 32 records are built; 'other' cells must be compared byte by byte. */
export type RecordShape = 'offset-tail' | 'fixed' | 'other';

const HEX = '0123456789abcdef';
/** The 3-hex-digit offset field of record r in a pattern sector. */
const OFFSET_TAILS = Array.from({ length: 32 }, (_, r) => {
  const off = r * 16;
  return [
    HEX.charCodeAt((off >> 8) & 15),
    HEX.charCodeAt((off >> 4) & 15),
    HEX.charCodeAt(off & 15),
  ];
});

/**
 * Writes the cell's record into `out` (16 bytes; for 'offset-tail' only the first 13 matter)
 * and returns its shape.
 */
export function describeCell(
  ref: CellRef,
  roots: RootTable,
  image: DiskImage,
  out: Uint8Array,
): RecordShape {
  const root = roots.get(refRoot(ref));
  const cell = refCell(ref);
  switch (root.kind) {
    case 'initial-memory':
      out.fill(0);
      return 'fixed';
    case 'uninit-grant': {
      const text = uninitRecord(root.grant, cell);
      for (let i = 0; i < 16; i++) out[i] = text.charCodeAt(i);
      return 'fixed';
    }
    case 'disk':
      if (image.kind === 'zero') {
        out.fill(0);
        return 'fixed';
      }
      if (image.kind === 'pattern') {
        out.set([0x4c, 0x42, 0x41, 0x20], 0); // "LBA "
        for (let i = 0, n = cell; i < 7; i++, n = Math.floor(n / 10)) out[10 - i] = 0x30 + (n % 10);
        out[11] = 0x20;
        out[12] = 0x2b; // " +"
        return 'offset-tail';
      }
      return 'other';
    case 'fill':
      return 'other';
  }
}

const scratchA = new Uint8Array(16);
const scratchB = new Uint8Array(16);

/** Differing bytes of two record-shaped cells, or null if either is not record-shaped. */
export function differingRecordBytes(
  a: CellRef,
  b: CellRef,
  roots: RootTable,
  image: DiskImage,
): number | null {
  const sa = describeCell(a, roots, image, scratchA);
  if (sa === 'other') return null;
  const sb = describeCell(b, roots, image, scratchB);
  if (sb === 'other') return null;
  let head = 0;
  for (let i = 0; i < 13; i++) if (scratchA[i] !== scratchB[i]) head++;
  let tails = 0;
  if (sa === 'fixed' && sb === 'fixed') {
    for (let i = 13; i < 16; i++) if (scratchA[i] !== scratchB[i]) tails += 32;
  } else if (sa !== sb) {
    const fixed = sa === 'fixed' ? scratchA : scratchB;
    for (const tail of OFFSET_TAILS) {
      for (let i = 0; i < 3; i++) if (tail[i] !== fixed[13 + i]) tails++;
    }
  }
  return head * 32 + tails;
}
