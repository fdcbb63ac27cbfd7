// Bench workloads: stacked-driver READs of 11 bio_vecs on 11 distinct pages. With blkfront's
// limits bio_vecs on different pages never share a scatterlist entry, so each request uses all
// 11 ring segments (BLKIF_MAX_SEGMENTS_PER_REQUEST), the heaviest request 3.8 can send.
import type { ScenarioInput } from '../src/model';
import { distinct, intIn, type Rng } from './prng';

const PAGE = 4096;
const SECTOR = 512;
const SEGMENTS = 11;
/** Process pages the bio_vecs are drawn from (more than 11, so layouts vary). */
const PAGES = 32;
const DISK_SECTORS = 65536;

/** One READ of 11 bio_vecs with random 512-multiple offsets and lengths inside their pages. */
function elevenSegmentRead(rng: Rng): ScenarioInput['ops'][number] {
  const bvecs = distinct(rng, PAGES, SEGMENTS).map((page) => {
    const offset = intIn(rng, 0, PAGE / SECTOR - 1) * SECTOR;
    const length = intIn(rng, 1, (PAGE - offset) / SECTOR) * SECTOR;
    return { page, offset, length };
  });
  // At most 11 * 8 sectors per op: keep it inside the disk.
  const sector = intIn(rng, 0, DISK_SECTORS - SEGMENTS * (PAGE / SECTOR));
  return { op: 'read', sector, bvecs };
}

/** A scenario of 1..3 eleven-segment READs on a pattern disk. */
export function elevenSegmentScenario(rng: Rng): ScenarioInput {
  const ops = Array.from({ length: intIn(rng, 1, 3) }, () => elevenSegmentRead(rng));
  return { version: 1, disk: { sectors: DISK_SECTORS, content: 'pattern' }, ops };
}
