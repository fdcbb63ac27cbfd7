import { describe, expect, it } from 'vitest';
import { makeDiskImage } from '../disk/image';
import { grantId } from '../units';
import { cellBytes, differingBytes, uninitRecord } from './bytes';
import { cellRef, DISK_ROOT, INITIAL_MEMORY_ROOT, RootTable } from './roots';

const ascii = (b: Uint8Array) => String.fromCharCode(...b);

describe('cell bytes', () => {
  const roots = new RootTable();
  const image = makeDiskImage('pattern', 64);

  it('derives disk cells from the image', () => {
    expect(ascii(cellBytes(cellRef(DISK_ROOT, 3), roots, image).subarray(0, 16))).toBe(
      'LBA 0000003 +000',
    );
  });

  it('shows a fresh grant page as a recognisable 16-byte record', () => {
    const root = roots.uninitGrant(grantId(5));
    const bytes = cellBytes(cellRef(root, 2), roots, image);
    expect(uninitRecord(5, 2)).toHaveLength(16);
    expect(ascii(bytes.subarray(0, 16))).toBe('UNINIT g005 c002');
    expect(ascii(bytes.subarray(496, 512))).toBe(uninitRecord(5, 2));
  });

  it('repeats fill text by position in the buffer', () => {
    const root = roots.fill(0, { text: 'abc' });
    // Cell 1 starts at buffer byte 512; 512 % 3 = 2, so it starts with "c".
    expect(ascii(cellBytes(cellRef(root, 1), roots, image).subarray(0, 4))).toBe('cabc');
    expect(cellBytes(cellRef(roots.fill(1, { byte: 0xab }), 0), roots, image)[100]).toBe(0xab);
  });

  it('interns roots so ids are stable', () => {
    expect(roots.uninitGrant(grantId(5))).toBe(roots.uninitGrant(grantId(5)));
  });

  it('counts differing bytes, zero for identical or equal content', () => {
    expect(differingBytes(cellRef(DISK_ROOT, 3), cellRef(DISK_ROOT, 3), roots, image)).toBe(0);
    // Sectors 3 and 4 differ in one digit per 16-byte record: 32 bytes.
    expect(differingBytes(cellRef(DISK_ROOT, 3), cellRef(DISK_ROOT, 4), roots, image)).toBe(32);
    const zeros = makeDiskImage('zero', 64);
    expect(
      differingBytes(cellRef(DISK_ROOT, 3), cellRef(INITIAL_MEMORY_ROOT, 0), roots, zeros),
    ).toBe(0);
  });
});
