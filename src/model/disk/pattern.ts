// A disk whose every byte names its own position, so a misplaced copy is visible at a glance:
// each sector is 32 ASCII records of 16 bytes, `LBA 0000002 +010`, one per `hexdump -C` line.
import { BLKIF_SECTOR_BYTES } from '../units';

/** Bytes per record: exactly one `hexdump -C` line. */
export const PATTERN_RECORD_BYTES = 16;
/** Largest pattern disk (4 GiB of 512-byte sectors); its sector numbers fit the 7 decimal digits. */
export const PATTERN_MAX_SECTORS = 8_388_608;

const CHAR_0 = 0x30;
const CHAR_A_MINUS_10 = 0x61 - 10;
const PREFIX = [0x4c, 0x42, 0x41, 0x20]; // "LBA "
const SEPARATOR = [0x20, 0x2b]; // " +"

const hexDigit = (nibble: number): number =>
  nibble < 10 ? CHAR_0 + nibble : CHAR_A_MINUS_10 + nibble;

/** The 512 pattern bytes of `sector`, freshly allocated (sector must be in [0, PATTERN_MAX_SECTORS)). */
export function patternSector(sector: number): Uint8Array {
  if (!Number.isInteger(sector) || sector < 0 || sector >= PATTERN_MAX_SECTORS) {
    throw new Error(`pattern sector ${sector} is outside [0, ${PATTERN_MAX_SECTORS})`);
  }
  // The 16-byte record with its offset field blank; each record then stamps its own offset.
  const record = new Uint8Array(PATTERN_RECORD_BYTES);
  record.set(PREFIX, 0);
  for (let i = 0, n = sector; i < 7; i++, n = Math.floor(n / 10)) {
    record[10 - i] = CHAR_0 + (n % 10);
  }
  record.set(SEPARATOR, 11);

  const bytes = new Uint8Array(BLKIF_SECTOR_BYTES);
  for (let offset = 0; offset < BLKIF_SECTOR_BYTES; offset += PATTERN_RECORD_BYTES) {
    bytes.set(record, offset);
    bytes[offset + 13] = hexDigit((offset >> 8) & 0xf);
    bytes[offset + 14] = hexDigit((offset >> 4) & 0xf);
    bytes[offset + 15] = hexDigit(offset & 0xf);
  }
  return bytes;
}
