import { describe, it, expect } from 'vitest';
import { DISK_CONTENT_KINDS, makeDiskImage } from './image';

const text = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const isZero = (bytes: Uint8Array): boolean => bytes.every((b) => b === 0);

describe('makeDiskImage', () => {
  it('lists every kind once', () => {
    expect([...DISK_CONTENT_KINDS].sort()).toEqual(['gpt', 'pattern', 'zero']);
  });

  it('reports its kind and size', () => {
    for (const kind of DISK_CONTENT_KINDS) {
      const image = makeDiskImage(kind, 1000);
      expect(image.kind).toBe(kind);
      expect(image.sectors).toBe(1000);
      expect(image.sectorBytes(999).length).toBe(512);
    }
  });

  it('zero: every sector is the same shared zero sector', () => {
    const image = makeDiskImage('zero', 10_000_000);
    const a = image.sectorBytes(0);
    expect(a.length).toBe(512);
    expect(isZero(a)).toBe(true);
    expect(image.sectorBytes(9_999_999)).toBe(a);
  });

  it('gpt: label in LBA 0, 1 and N-1, zeros everywhere else, shared with zero disks', () => {
    const n = 4096;
    const image = makeDiskImage('gpt', n);
    expect(image.sectorBytes(0)[450]).toBe(0xee);
    expect(text(image.sectorBytes(1).slice(0, 8))).toBe('EFI PART');
    expect(text(image.sectorBytes(n - 1).slice(0, 8))).toBe('EFI PART');
    for (let lba = 2; lba < n - 1; lba++) expect(isZero(image.sectorBytes(lba))).toBe(true);
    expect(image.sectorBytes(2)).toBe(makeDiskImage('zero', 1).sectorBytes(0));
    expect(image.sectorBytes(1)).toBe(image.sectorBytes(1));
  });

  it('gpt: works for a disk of millions of sectors without materialising it', () => {
    const image = makeDiskImage('gpt', 20_000_000);
    expect(text(image.sectorBytes(19_999_999).slice(0, 8))).toBe('EFI PART');
    expect(isZero(image.sectorBytes(10_000_000))).toBe(true);
  });

  it('gpt: too small a disk throws', () => {
    expect(() => makeDiskImage('gpt', 67)).toThrow();
    expect(makeDiskImage('gpt', 68).sectors).toBe(68);
  });

  it('pattern: sectors name themselves and repeated reads agree', () => {
    const image = makeDiskImage('pattern', 8_388_608);
    expect(text(image.sectorBytes(7).slice(0x30, 0x40))).toBe('LBA 0000007 +030');
    expect(text(image.sectorBytes(8_388_607).slice(0x1f0))).toBe('LBA 8388607 +1f0');
    // Read far more sectors than any cache holds, then re-read: content must be unchanged.
    for (let s = 0; s < 3000; s++) image.sectorBytes(s);
    expect(text(image.sectorBytes(7).slice(0, 16))).toBe('LBA 0000007 +000');
    expect(text(image.sectorBytes(2999).slice(0, 16))).toBe('LBA 0002999 +000');
  });

  it('pattern: more sectors than the pattern can name throws', () => {
    expect(() => makeDiskImage('pattern', 8_388_609)).toThrow();
  });

  it('rejects out-of-range and non-integer sectors', () => {
    for (const kind of DISK_CONTENT_KINDS) {
      const image = makeDiskImage(kind, 100);
      expect(() => image.sectorBytes(100)).toThrow();
      expect(() => image.sectorBytes(-1)).toThrow();
      expect(() => image.sectorBytes(0.5)).toThrow();
      expect(() => image.sectorBytes(Number.NaN)).toThrow();
    }
  });

  it('rejects an empty or fractional disk', () => {
    expect(() => makeDiskImage('zero', 0)).toThrow();
    expect(() => makeDiskImage('zero', 1.5)).toThrow();
  });
});
