// Geometry of the page strip: a page drawn as pageSize/512 cells, where a pointer drag selects a
// 512-aligned range (bio_vec offsets and lengths are whole sectors).

/** Bytes per strip cell: blkif moves whole 512-byte sectors. */
export const CELL_BYTES = 512;

/** The cell under x (in strip pixels), clamped to the strip. */
export function cellAtX(x: number, width: number, cells: number): number {
  if (width <= 0 || cells <= 0) return 0;
  return Math.max(0, Math.min(cells - 1, Math.floor((x / width) * cells)));
}

/** The bio_vec offset and length covering cells a..b (either order), inclusive. */
export function rangeOfCells(a: number, b: number): { offset: number; length: number } {
  const first = Math.min(a, b);
  return { offset: first * CELL_BYTES, length: (Math.abs(a - b) + 1) * CELL_BYTES };
}

/** The cells [first, last] a range touches, or null when it is not drawable on this page. */
export function cellsOfRange(
  offset: unknown,
  length: unknown,
  cells: number,
): { first: number; last: number } | null {
  if (typeof offset !== 'number' || typeof length !== 'number') return null;
  if (!Number.isFinite(offset) || !Number.isFinite(length) || length <= 0 || offset < 0)
    return null;
  const first = Math.floor(offset / CELL_BYTES);
  const last = Math.min(cells - 1, Math.ceil((offset + length) / CELL_BYTES) - 1);
  return first > last ? null : { first, last };
}
