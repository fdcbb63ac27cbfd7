import { describe, it, expect } from 'vitest';
import { GPT_MIN_SECTORS, gptDiskGuid, gptNonZeroSectors } from './gpt';

// An independent little GPT reader: field offsets straight from the UEFI spec (table 5-5).

function bitwiseCrc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

// GUID text form: first three fields are stored little-endian, the rest byte by byte.
function guidText(b: Uint8Array): string {
  const rev = (from: number, to: number) => hex(b.slice(from, to).reverse());
  return [rev(0, 4), rev(4, 6), rev(6, 8), hex(b.slice(8, 10)), hex(b.slice(10, 16))]
    .join('-')
    .toUpperCase();
}

interface Header {
  signature: string;
  revision: number;
  headerSize: number;
  headerCrc: number;
  reserved: number;
  myLba: bigint;
  alternateLba: bigint;
  firstUsable: bigint;
  lastUsable: bigint;
  guid: string;
  entryLba: bigint;
  entryCount: number;
  entrySize: number;
  entryArrayCrc: number;
  recomputedCrc: number;
  tailIsZero: boolean;
}

function parseHeader(sector: Uint8Array): Header {
  const v = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
  const zeroedCrc = sector.slice(0, 92);
  zeroedCrc.fill(0, 16, 20);
  return {
    signature: String.fromCharCode(...sector.slice(0, 8)),
    revision: v.getUint32(8, true),
    headerSize: v.getUint32(12, true),
    headerCrc: v.getUint32(16, true),
    reserved: v.getUint32(20, true),
    myLba: v.getBigUint64(24, true),
    alternateLba: v.getBigUint64(32, true),
    firstUsable: v.getBigUint64(40, true),
    lastUsable: v.getBigUint64(48, true),
    guid: guidText(sector.slice(56, 72)),
    entryLba: v.getBigUint64(72, true),
    entryCount: v.getUint32(80, true),
    entrySize: v.getUint32(84, true),
    entryArrayCrc: v.getUint32(88, true),
    recomputedCrc: bitwiseCrc32(zeroedCrc),
    tailIsZero: sector.slice(92).every((b) => b === 0),
  };
}

function sectorsOf(n: number) {
  const map = gptNonZeroSectors(n);
  const get = (lba: number): Uint8Array => {
    const s = map.get(lba);
    if (!s) throw new Error(`no sector ${lba}`);
    return s;
  };
  return { map, mbr: get(0), primary: parseHeader(get(1)), backup: parseHeader(get(n - 1)) };
}

const expectedGuid = (n: number): string =>
  `53434154-5445-524C-8000-${(n % 2 ** 48).toString(16).padStart(12, '0').toUpperCase()}`;

describe('gptNonZeroSectors', () => {
  const N = 2048;

  it('returns 512-byte sectors for exactly LBA 0, 1 and N-1', () => {
    const { map } = sectorsOf(N);
    expect([...map.keys()].sort((a, b) => a - b)).toEqual([0, 1, N - 1]);
    for (const s of map.values()) expect(s.length).toBe(512);
  });

  it('writes a protective MBR covering the disk', () => {
    const { mbr } = sectorsOf(N);
    expect(Array.from(mbr.slice(446, 454))).toEqual([0, 0, 2, 0, 0xee, 0xff, 0xff, 0xff]);
    const v = new DataView(mbr.buffer, mbr.byteOffset);
    expect(v.getUint32(454, true)).toBe(1);
    expect(v.getUint32(458, true)).toBe(N - 1);
    expect(mbr[510]).toBe(0x55);
    expect(mbr[511]).toBe(0xaa);
    // Boot code area, entries 2-4: all zero.
    expect(mbr.slice(0, 446).every((b) => b === 0)).toBe(true);
    expect(mbr.slice(462, 510).every((b) => b === 0)).toBe(true);
  });

  it('writes a valid primary header', () => {
    const { primary: h } = sectorsOf(N);
    expect(h.signature).toBe('EFI PART');
    expect(h.revision).toBe(0x00010000);
    expect(h.headerSize).toBe(92);
    expect(h.headerCrc).toBe(h.recomputedCrc);
    expect(h.reserved).toBe(0);
    expect(h.myLba).toBe(1n);
    expect(h.alternateLba).toBe(BigInt(N - 1));
    expect(h.firstUsable).toBe(34n);
    expect(h.lastUsable).toBe(BigInt(N - 34));
    expect(h.guid).toBe(expectedGuid(N));
    expect(h.entryLba).toBe(2n);
    expect(h.entryCount).toBe(128);
    expect(h.entrySize).toBe(128);
    expect(h.entryArrayCrc).toBe(bitwiseCrc32(new Uint8Array(128 * 128)));
    expect(h.tailIsZero).toBe(true);
  });

  it('writes a backup header mirroring the primary', () => {
    const { primary, backup } = sectorsOf(N);
    expect(backup.headerCrc).toBe(backup.recomputedCrc);
    expect(backup.headerCrc).not.toBe(primary.headerCrc);
    expect(backup).toEqual({
      ...primary,
      headerCrc: backup.headerCrc,
      recomputedCrc: backup.recomputedCrc,
      myLba: BigInt(N - 1),
      alternateLba: 1n,
      entryLba: BigInt(N - 33),
    });
  });

  it('detects a corrupted header via its CRC (the parser really checks)', () => {
    const bytes = gptNonZeroSectors(N).get(1)?.slice();
    if (!bytes) throw new Error('no header');
    bytes[40] = (bytes[40] ?? 0) ^ 1;
    const h = parseHeader(bytes);
    expect(h.headerCrc).not.toBe(h.recomputedCrc);
  });

  it('works at the 68-sector minimum and rejects 67', () => {
    expect(GPT_MIN_SECTORS).toBe(68);
    const { primary, backup } = sectorsOf(68);
    expect(primary.lastUsable).toBe(34n);
    expect(primary.firstUsable).toBe(34n);
    expect(backup.myLba).toBe(67n);
    expect(backup.entryLba).toBe(35n);
    expect(() => gptNonZeroSectors(67)).toThrow(/68/);
    expect(() => gptNonZeroSectors(0)).toThrow();
    expect(() => gptNonZeroSectors(100.5)).toThrow();
  });

  it('handles disks beyond 32-bit LBAs', () => {
    const n = 2 ** 33 + 5;
    const { mbr, primary, backup } = sectorsOf(n);
    expect(new DataView(mbr.buffer).getUint32(458, true)).toBe(0xffffffff);
    expect(primary.alternateLba).toBe(2n ** 33n + 4n);
    expect(primary.lastUsable).toBe(2n ** 33n + 5n - 34n);
    expect(backup.myLba).toBe(2n ** 33n + 4n);
    expect(backup.headerCrc).toBe(backup.recomputedCrc);
    expect(primary.guid).toBe(expectedGuid(n));
  });

  it('gives each disk size its own GUID', () => {
    expect(guidText(gptDiskGuid(2048))).toBe('53434154-5445-524C-8000-000000000800');
    expect(hex(gptDiskGuid(68))).not.toBe(hex(gptDiskGuid(69)));
  });
});
