import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDiskImage, type DiskContentKind } from '../disk/image';
import { grantId } from '../units';
import { cellBytes } from './bytes';
import { differingRecordBytes } from './recordCells';
import { cellRef, DISK_ROOT, INITIAL_MEMORY_ROOT, RootTable, type CellRef } from './roots';

/** Brute force: materialise both cells and count. */
function bruteForce(a: CellRef, b: CellRef, roots: RootTable, kind: DiskContentKind): number {
  const image = makeDiskImage(kind, 1 << 20);
  const x = cellBytes(a, roots, image);
  const y = cellBytes(b, roots, image);
  let n = 0;
  for (let i = 0; i < 512; i++) if (x[i] !== y[i]) n++;
  return n;
}

describe('differingRecordBytes', () => {
  it('agrees with a byte-by-byte comparison for every record-shaped pair', () => {
    const roots = new RootTable();
    const uninit = Array.from({ length: 12 }, (_, g) => roots.uninitGrant(grantId(g * 83)));
    const cell = fc.oneof(
      fc.integer({ min: 0, max: (1 << 20) - 1 }).map((s) => cellRef(DISK_ROOT, s)),
      fc.integer({ min: 0, max: 4000 }).map((c) => cellRef(INITIAL_MEMORY_ROOT, c)),
      fc
        .tuple(fc.constantFrom(...uninit), fc.integer({ min: 0, max: 127 }))
        .map(([r, c]) => cellRef(r, c)),
    );
    fc.assert(
      fc.property(cell, cell, fc.constantFrom<DiskContentKind>('pattern', 'zero'), (a, b, kind) => {
        const image = makeDiskImage(kind, 1 << 20);
        expect(differingRecordBytes(a, b, roots, image)).toBe(bruteForce(a, b, roots, kind));
      }),
      { numRuns: 2000 },
    );
  });

  it('declines cells that are not records (GPT sectors, fills)', () => {
    const roots = new RootTable();
    const gpt = makeDiskImage('gpt', 2048);
    expect(
      differingRecordBytes(cellRef(DISK_ROOT, 1), cellRef(INITIAL_MEMORY_ROOT, 0), roots, gpt),
    ).toBeNull();
    const fill = roots.fill(0, { text: 'x' });
    expect(
      differingRecordBytes(
        cellRef(fill, 0),
        cellRef(INITIAL_MEMORY_ROOT, 0),
        roots,
        makeDiskImage('zero', 8),
      ),
    ).toBeNull();
  });
});
