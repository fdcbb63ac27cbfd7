// bio_vecs -> bios under the queue limits, as bio_add_page() (fs/bio.c, 3.8) lets direct-io grow
// a bio: a bio_vec joins the current bio unless the bio would then need more than max_segments
// scatterlist entries or more than max_sectors sectors; then the bio is submitted and a new one
// starts with that bio_vec. bio_vecs are never split. max_sectors is min(max_hw_sectors,
// BLK_DEF_MAX_SECTORS = 1024), as blk_queue_max_hw_sectors() sets it.
import type { KernelConfig } from '../config';
import type { PageFrames } from '../scenario/validate';
import { sector, type PageIndex, type Sector } from '../units';
import { totalBytes, type Bvec } from './bvec';
import { countSgEntries } from './mapSg';

/** BLK_DEF_MAX_SECTORS in 3.8: the cap on max_sectors for filesystem bios. */
export const BLK_DEF_MAX_SECTORS = 1024;

/** A bio: a run of bio_vecs for consecutive disk sectors starting at `sector`. */
export interface Bio {
  readonly sector: Sector;
  readonly bvecs: readonly Bvec[];
  /** Index of the bio's first bio_vec within the op's bio_vec list. */
  readonly firstBvec: number;
}

/** The max_sectors limit bio_add_page applies to filesystem (and direct-io) bios. */
export const maxSectorsFor = (kernel: KernelConfig): number =>
  Math.min(kernel.maxHwSectors, BLK_DEF_MAX_SECTORS);

/** Groups an op's bio_vecs into bios under the queue limits. */
export function buildBios(
  start: Sector,
  bvecs: readonly Bvec[],
  kernel: KernelConfig,
  framesOf: (p: PageIndex) => PageFrames,
): Bio[] {
  const bios: Bio[] = [];
  const maxBytes = maxSectorsFor(kernel) * 512;
  let current: Bvec[] = [];
  let firstBvec = 0;
  let bioSector = start;
  const flush = () => {
    if (current.length === 0) return;
    bios.push({ sector: bioSector, bvecs: current, firstBvec });
    bioSector = sector(bioSector + totalBytes(current) / 512);
    firstBvec += current.length;
    current = [];
  };
  for (const bv of bvecs) {
    const candidate = [...current, bv];
    const fits =
      totalBytes(candidate) <= maxBytes &&
      countSgEntries(candidate, kernel, framesOf) <= kernel.maxSegments;
    if (!fits) flush();
    current.push(bv);
  }
  flush();
  return bios;
}
