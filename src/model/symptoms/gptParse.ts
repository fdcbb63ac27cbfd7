// Byte-level reading of the GPT structures parted looks at: the protective MBR (LBA 0), the GPT
// header (LBA 1) and partition entries. Field offsets are the UEFI specification's (GPT header:
// signature 0, revision 8, header size 12, header CRC32 16, my LBA 24, alternate LBA 32, first and
// last usable LBA 40 and 48, disk GUID 56, entry array LBA 72, entry count 80, entry size 84,
// entry array CRC32 88; entry: type GUID 0, unique GUID 16, first LBA 32, last LBA 40,
// attributes 48, UTF-16LE name 56..127). All integers are little-endian.
import { crc32 } from '../disk/crc32';

/** The 8 signature bytes of a GPT header: ASCII "EFI PART". */
export const GPT_SIGNATURE = 'EFI PART';
/** Bytes of the header fields the UEFI spec defines (libparted's minimum HeaderSize). */
export const GPT_HEADER_MIN_BYTES = 92;
/** Bytes of the entry structure (libparted's minimum SizeOfPartitionEntry). */
export const GPT_ENTRY_MIN_BYTES = 128;

const u32 = (b: Uint8Array, at: number): number =>
  new DataView(b.buffer, b.byteOffset + at, 4).getUint32(0, true);
const u64 = (b: Uint8Array, at: number): bigint =>
  new DataView(b.buffer, b.byteOffset + at, 8).getBigUint64(0, true);

/** Hex of `n` bytes at `at`, e.g. for quoting raw values in explanations. */
export function hexBytes(b: Uint8Array, at: number, n: number): string {
  return [...b.subarray(at, at + n)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
}

/** What the protective-MBR check needs from LBA 0. */
export interface ProtectiveMbr {
  /** Bytes 510-511 are 0x55 0xAA. */
  readonly signatureOk: boolean;
  /** Index (0-3) of the first partition record of OS type 0xEE, or null. */
  readonly protectiveRecord: number | null;
}

/** Reads the MBR signature and the four partition records' OS type (record i at 446 + 16i, type at +4). */
export function readProtectiveMbr(sector: Uint8Array): ProtectiveMbr {
  const signatureOk = sector[510] === 0x55 && sector[511] === 0xaa;
  let protectiveRecord: number | null = null;
  for (let i = 0; i < 4 && protectiveRecord === null; i++) {
    if (sector[446 + 16 * i + 4] === 0xee) protectiveRecord = i;
  }
  return { signatureOk, protectiveRecord };
}

/** The GPT header fields parted uses. */
export interface GptHeader {
  readonly signature: string;
  readonly revision: number;
  readonly headerSize: number;
  readonly headerCrc: number;
  readonly myLba: bigint;
  readonly alternateLba: bigint;
  readonly firstUsableLba: bigint;
  readonly lastUsableLba: bigint;
  readonly entryLba: bigint;
  readonly entryCount: number;
  readonly entrySize: number;
  readonly entryArrayCrc: number;
}

/** Decodes a 512-byte header sector (no validation). */
export function readGptHeader(sector: Uint8Array): GptHeader {
  return {
    signature: String.fromCharCode(...sector.subarray(0, 8)),
    revision: u32(sector, 8),
    headerSize: u32(sector, 12),
    headerCrc: u32(sector, 16),
    myLba: u64(sector, 24),
    alternateLba: u64(sector, 32),
    firstUsableLba: u64(sector, 40),
    lastUsableLba: u64(sector, 48),
    entryLba: u64(sector, 72),
    entryCount: u32(sector, 80),
    entrySize: u32(sector, 84),
    entryArrayCrc: u32(sector, 88),
  };
}

/** CRC32 of the first `headerSize` bytes with the CRC field (bytes 16-19) taken as zero. */
export function headerCrcOf(sector: Uint8Array, headerSize: number): number {
  const copy = sector.slice(0, headerSize);
  copy.fill(0, 16, 20);
  return crc32(copy);
}

/** One partition entry's fields. */
export interface GptEntryFields {
  /** Type GUID in its usual text form (first three fields little-endian), upper case. */
  readonly typeGuid: string;
  /** All 16 type-GUID bytes are zero: the entry is unused. */
  readonly unused: boolean;
  readonly firstLba: bigint;
  readonly lastLba: bigint;
  /** The UTF-16LE name up to the first NUL. */
  readonly name: string;
}

/** GUID text of 16 on-disk bytes (mixed-endian, as the UEFI spec stores GUIDs). */
export function guidText(b: Uint8Array, at: number): string {
  const h = (i: number) => b[at + i]!.toString(16).padStart(2, '0');
  const rev = (idx: number[]) => idx.map(h).join('');
  return [rev([3, 2, 1, 0]), rev([5, 4]), rev([7, 6]), rev([8, 9]), rev([10, 11, 12, 13, 14, 15])]
    .join('-')
    .toUpperCase();
}

/** Decodes the entry at byte `at` of an entry array. */
export function readGptEntry(array: Uint8Array, at: number): GptEntryFields {
  const unused = array.subarray(at, at + 16).every((x) => x === 0);
  let name = '';
  for (let i = 0; i < 36; i++) {
    const unit = array[at + 56 + 2 * i]! | (array[at + 57 + 2 * i]! << 8);
    if (unit === 0) break;
    name += String.fromCharCode(unit);
  }
  return {
    typeGuid: guidText(array, at),
    unused,
    firstLba: u64(array, at + 32),
    lastLba: u64(array, at + 40),
    name,
  };
}
