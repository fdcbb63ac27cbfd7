// The sectors `parted mklabel gpt` leaves on a blank disk of 512-byte sectors: a protective MBR,
// primary and backup GPT headers, and two empty 128-entry partition arrays. Only three sectors
// are non-zero, so callers get just those and treat every other sector as zero.
import { BLKIF_SECTOR_BYTES } from '../units';
import { crc32 } from './crc32';

const SECTOR_BYTES = BLKIF_SECTOR_BYTES;
const HEADER_BYTES = 92;
const ENTRY_COUNT = 128;
const ENTRY_BYTES = 128;
/** 128 entries × 128 bytes = 16 KiB = 32 sectors. */
const ENTRY_ARRAY_SECTORS = (ENTRY_COUNT * ENTRY_BYTES) / SECTOR_BYTES;

/** Smallest disk that fits MBR + 2 headers + 2 entry arrays (3 + 2×32 = 67) plus one usable sector. */
export const GPT_MIN_SECTORS = 68;

// Writes a u64 as two u32 halves: sector numbers stay below 2^53, so no BigInt is needed.
function setU64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, value % 0x1_0000_0000, true);
  view.setUint32(offset + 4, Math.floor(value / 0x1_0000_0000), true);
}

/**
 * The fixed DiskGUID of an N-sector disk, in on-disk (mixed-endian) byte order. Its text form is
 * `53434154-5445-524C-8000-XXXXXXXXXXXX` (the first 16 hex digits are ASCII "SCATTERL") with
 * the last 12 hex digits = N mod 2^48, so it is deterministic yet differs between disk sizes.
 */
export function gptDiskGuid(sectors: number): Uint8Array {
  const guid = new Uint8Array(16);
  const view = new DataView(guid.buffer);
  // The first three GUID fields are stored little-endian, the last two as plain big-endian bytes.
  view.setUint32(0, 0x53434154, true);
  view.setUint16(4, 0x5445, true);
  view.setUint16(6, 0x524c, true);
  view.setUint16(8, 0x8000, false);
  const node = sectors % 2 ** 48;
  view.setUint16(10, Math.floor(node / 0x1_0000_0000), false);
  view.setUint32(12, node % 0x1_0000_0000, false);
  return guid;
}

// Partition entry 1 spans the whole disk with type 0xEE so GPT-unaware tools see it as in use.
function protectiveMbr(sectors: number): Uint8Array {
  const mbr = new Uint8Array(SECTOR_BYTES);
  const view = new DataView(mbr.buffer);
  const entry = 446;
  mbr.set([0x00, 0x00, 0x02, 0x00, 0xee, 0xff, 0xff, 0xff], entry);
  view.setUint32(entry + 8, 1, true);
  view.setUint32(entry + 12, Math.min(sectors - 1, 0xffffffff), true);
  mbr[510] = 0x55;
  mbr[511] = 0xaa;
  return mbr;
}

interface HeaderPlacement {
  readonly myLba: number;
  readonly alternateLba: number;
  readonly entryLba: number;
}

function gptHeader(
  sectors: number,
  at: HeaderPlacement,
  guid: Uint8Array,
  entryArrayCrc: number,
): Uint8Array {
  const sector = new Uint8Array(SECTOR_BYTES);
  const view = new DataView(sector.buffer);
  sector.set([0x45, 0x46, 0x49, 0x20, 0x50, 0x41, 0x52, 0x54], 0); // "EFI PART"
  view.setUint32(8, 0x00010000, true);
  view.setUint32(12, HEADER_BYTES, true);
  // Offset 16 (header CRC) stays zero until the rest is filled; offset 20 is reserved, zero.
  setU64(view, 24, at.myLba);
  setU64(view, 32, at.alternateLba);
  setU64(view, 40, 2 + ENTRY_ARRAY_SECTORS);
  setU64(view, 48, sectors - 2 - ENTRY_ARRAY_SECTORS);
  sector.set(guid, 56);
  setU64(view, 72, at.entryLba);
  view.setUint32(80, ENTRY_COUNT, true);
  view.setUint32(84, ENTRY_BYTES, true);
  view.setUint32(88, entryArrayCrc, true);
  view.setUint32(16, crc32(sector, 0, HEADER_BYTES), true);
  return sector;
}

/** The non-zero sectors (LBA → 512 bytes) of a freshly GPT-labelled N-sector disk; all others are zero. */
export function gptNonZeroSectors(sectors: number): ReadonlyMap<number, Uint8Array> {
  if (!Number.isSafeInteger(sectors) || sectors < GPT_MIN_SECTORS) {
    throw new Error(`a GPT disk needs at least ${GPT_MIN_SECTORS} sectors, got ${sectors}`);
  }
  const guid = gptDiskGuid(sectors);
  const entryArrayCrc = crc32(new Uint8Array(ENTRY_COUNT * ENTRY_BYTES));
  const last = sectors - 1;
  return new Map([
    [0, protectiveMbr(sectors)],
    [1, gptHeader(sectors, { myLba: 1, alternateLba: last, entryLba: 2 }, guid, entryArrayCrc)],
    [
      last,
      gptHeader(
        sectors,
        { myLba: last, alternateLba: 1, entryLba: last - ENTRY_ARRAY_SECTORS },
        guid,
        entryArrayCrc,
      ),
    ],
  ]);
}
