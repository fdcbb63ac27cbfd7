// What the simulated block device holds. Disks may have millions of sectors, so content is
// generated per sector on demand and never materialised for the whole disk.
import { BLKIF_SECTOR_BYTES } from '../units';
import { gptNonZeroSectors } from './gpt';
import { PATTERN_MAX_SECTORS, patternSector } from './pattern';

/** Which generator fills the disk: a blank GPT label, self-describing pattern, or all zeros. */
export type DiskContentKind = 'gpt' | 'pattern' | 'zero';

/** Every content kind, in the order a UI or schema should list them. */
export const DISK_CONTENT_KINDS: readonly DiskContentKind[] = ['gpt', 'pattern', 'zero'];

/** Read-only generated disk content. sectorBytes returns a shared, frozen-by-convention 512-byte array: callers must not mutate it. */
export interface DiskImage {
  readonly kind: DiskContentKind;
  readonly sectors: number;
  sectorBytes(sector: number): Uint8Array;
}

// One zero sector shared by every image: most of a GPT disk and all of a zero disk is this.
const ZERO_SECTOR = new Uint8Array(BLKIF_SECTOR_BYTES);

// Enough for the working set of any scenario's I/O, small enough (2 MiB) to never matter.
const PATTERN_CACHE_LIMIT = 4096;

function checkSector(image: DiskImage, sector: number): void {
  if (!Number.isInteger(sector) || sector < 0 || sector >= image.sectors) {
    throw new Error(
      `sector ${sector} is outside the ${image.kind} disk of ${image.sectors} sectors`,
    );
  }
}

// A pattern sector's bytes depend only on its number, so one cache serves every pattern image
// (simulations create an image per run; a per-image cache would start cold every time).
const patternCache = new Map<number, Uint8Array>();

function readPatternSector(sector: number): Uint8Array {
  const hit = patternCache.get(sector);
  if (hit) return hit;
  const bytes = patternSector(sector);
  if (patternCache.size >= PATTERN_CACHE_LIMIT) {
    // Maps iterate in insertion order, so this evicts the oldest entry (FIFO).
    const oldest = patternCache.keys().next();
    if (!oldest.done) patternCache.delete(oldest.value);
  }
  patternCache.set(sector, bytes);
  return bytes;
}

/** A lazily generated disk of `sectors` 512-byte sectors filled by the `kind` generator. */
export function makeDiskImage(kind: DiskContentKind, sectors: number): DiskImage {
  if (!Number.isSafeInteger(sectors) || sectors < 1) {
    throw new Error(`a disk needs a positive whole number of sectors, got ${sectors}`);
  }
  let read: (sector: number) => Uint8Array;
  switch (kind) {
    case 'gpt': {
      const nonZero = gptNonZeroSectors(sectors);
      read = (sector) => nonZero.get(sector) ?? ZERO_SECTOR;
      break;
    }
    case 'pattern':
      if (sectors > PATTERN_MAX_SECTORS) {
        throw new Error(
          `a pattern disk has at most ${PATTERN_MAX_SECTORS} sectors, got ${sectors}`,
        );
      }
      read = readPatternSector;
      break;
    case 'zero':
      read = () => ZERO_SECTOR;
      break;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown disk content kind ${String(unknown)}`);
    }
  }
  const image: DiskImage = {
    kind,
    sectors,
    sectorBytes(sector) {
      checkSector(image, sector);
      return read(sector);
    },
  };
  return image;
}
