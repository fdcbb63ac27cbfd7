// fast-check arbitraries for VALID scenario files (format v1, src/model/scenario/schema.ts).
// Sizes stay small (pages 0..7, ops of at most 32 KiB, at most 5 ops) so a property with ~200 runs
// takes well under a second, while still covering every case the model distinguishes: misaligned
// O_DIRECT buffers (EINVAL), stacked-driver bio_vec layouts (same-page runs, RAID-like offsets,
// runs that continue onto the next page), custom pfn/mfn frames (contiguous or not) and kernel
// what-ifs, including the ones that let a scatterlist entry cross a page.
import fc from 'fast-check';
import type { ScenarioInput } from '../../src/model';

/** One scenario op exactly as a file spells it. */
export type OpInput = ScenarioInput['ops'][number];
/** One explicit bio_vec as a file spells it. */
export type BvecInput = NonNullable<OpInput['bvecs']>[number];
/** The memory.pages block of a scenario. */
export type PagesInput = NonNullable<NonNullable<ScenarioInput['memory']>['pages']>;

const SECTOR = 512;
const PAGE = 4096;
const SECTORS_PER_PAGE = PAGE / SECTOR;
/** Process pages ops may touch: few enough that pages are reused across ops. */
const PAGES = 8;
/** Smallest disk generated; every op's sectors stay below this. */
const MIN_DISK_SECTORS = 2048;
/** Largest op: 64 sectors (32 KiB). */
const MAX_OP_SECTORS = 64;

/** A GPT or pattern disk of 2048..4096 sectors. */
export const diskArb = fc.record({
  sectors: fc.integer({ min: MIN_DISK_SECTORS, max: 4096 }),
  content: fc.constantFrom('pattern', 'gpt'),
});

/**
 * First sector of an op. Mostly low sectors, so ops overlap each other on disk (a write then a
 * read of the same place) and GPT disks show their header; sometimes anywhere that still leaves
 * room for the largest op below the smallest disk's end.
 */
export const sectorArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: MIN_DISK_SECTORS - MAX_OP_SECTORS }) },
);

/** Data a process writes into its buffer before the syscall. */
export const fillArb = fc.oneof(
  fc.record({ byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ text: fc.constantFrom('EFI PART', 'user data ', 'x') }),
);

/** An O_DIRECT buffer: aligned to 512 bytes mostly; sometimes misaligned (EINVAL). */
export const bufferArb = fc
  .record({
    page: fc.integer({ min: 0, max: PAGES - 1 }),
    offsetSectors: fc.integer({ min: 0, max: SECTORS_PER_PAGE - 1 }),
    lengthSectors: fc.integer({ min: 1, max: MAX_OP_SECTORS }),
    misalign: fc.oneof(
      { weight: 8, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.record({
          what: fc.constantFrom('address', 'length'),
          by: fc.integer({ min: 1, max: SECTOR - 1 }),
        }),
      },
    ),
  })
  .map(({ page, offsetSectors, lengthSectors, misalign }) => {
    const address = page * PAGE + offsetSectors * SECTOR;
    const length = lengthSectors * SECTOR;
    if (misalign === null) return { address, length };
    return misalign.what === 'address'
      ? { address: address + misalign.by, length }
      : { address, length: length - SECTOR + misalign.by };
  });

/**
 * How the next bio_vec of a stacked-driver bio is placed:
 * 'free' anywhere; 'same-page' right after the previous one in its page (bio_add_page would merge
 * them in one sg entry); 'next-page' at offset 0 of the following page (physically contiguous
 * with the previous one when that one ends its page and the frames are consecutive).
 */
const bvecStepArb = fc.record({
  placement: fc.constantFrom('free', 'same-page', 'same-page', 'next-page'),
  page: fc.integer({ min: 0, max: PAGES - 1 }),
  offsetSectors: fc.integer({ min: 0, max: SECTORS_PER_PAGE - 1 }),
  lengthSectors: fc.integer({ min: 1, max: SECTORS_PER_PAGE }),
});

type BvecStep = typeof bvecStepArb extends fc.Arbitrary<infer T> ? T : never;

const overlaps = (a: BvecInput, b: BvecInput): boolean =>
  a.page === b.page && a.offset < b.offset + b.length && b.offset < a.offset + a.length;

/** Turns placement steps into concrete bio_vecs inside one 4096-byte page each. */
export function bvecsFromSteps(steps: readonly BvecStep[]): BvecInput[] {
  const out: BvecInput[] = [];
  for (const step of steps) {
    const prev = out[out.length - 1];
    let page = step.page;
    let offset = step.offsetSectors * SECTOR;
    if (prev && step.placement === 'same-page' && prev.offset + prev.length < PAGE) {
      page = prev.page;
      offset = prev.offset + prev.length;
    } else if (prev && step.placement === 'next-page') {
      page = (prev.page + 1) % PAGES;
      offset = 0;
    }
    const length = Math.min(step.lengthSectors * SECTOR, PAGE - offset);
    const bv = { page, offset, length };
    // Two bio_vecs of one bio on the same bytes would make "the right data" ambiguous (the last
    // copy wins in every version, and in the oracle too), so such a bio_vec is dropped.
    if (!out.some((o) => overlaps(o, bv))) out.push(bv);
  }
  return out;
}

/** 1..6 explicit bio_vecs as a stacked driver (RAID, device mapper) builds them. */
export const bvecsArb = fc.array(bvecStepArb, { minLength: 1, maxLength: 6 }).map(bvecsFromSteps);

/** One read or write op, through an O_DIRECT buffer or as explicit bio_vecs. */
export const opArb: fc.Arbitrary<OpInput> = fc
  .record({
    op: fc.constantFrom<'read' | 'write'>('read', 'read', 'write'),
    sector: sectorArb,
    source: fc.oneof(
      bufferArb.map((buffer) => ({ buffer })),
      bvecsArb.map((bvecs) => ({ bvecs })),
    ),
    fill: fc.option(fillArb, { freq: 2 }),
  })
  .map(({ op, sector, source, fill }) => ({
    op,
    sector,
    ...source,
    // The process fills its buffer before a write; a read's fill would be overwritten anyway.
    ...(op === 'write' && fill !== null ? { fill } : {}),
  }));

/**
 * Frames for some of pages 0..7. Pages are given pfns from a shuffled base, so some pairs of
 * pages are physically contiguous in either order; machine frames either follow the pfns
 * (mergeable under Xen PV) or are scattered (the 'machine-frames' break), or are left out.
 */
export const pagesArb: fc.Arbitrary<PagesInput> = fc
  .record({
    order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    pfnBase: fc.constantFrom(0, 16, 100),
    mfn: fc.constantFrom('same', 'shifted', 'scattered', 'absent'),
  })
  .map(({ order, pfnBase, mfn }) => {
    const pages: PagesInput = {};
    order.forEach((page, k) => {
      const pfn = pfnBase + k;
      if (mfn === 'absent') pages[String(page)] = { pfn };
      else if (mfn === 'same') pages[String(page)] = { pfn, mfn: pfn };
      else if (mfn === 'shifted') pages[String(page)] = { pfn, mfn: pfn + 1000 };
      else pages[String(page)] = { pfn, mfn: 5000 + 7 * page };
    });
    return pages;
  });

/** A kernel what-if block: any subset of the queue limits, within what validate.ts accepts. */
export const kernelArb = fc.record(
  {
    maxSegments: fc.integer({ min: 1, max: 16 }),
    maxSegmentSize: fc.constantFrom(4096, 8192, 16384),
    segmentBoundaryMask: fc.constantFrom(4095, 8191, 65535),
    clustering: fc.boolean(),
    maxHwSectors: fc.integer({ min: 8, max: 512 }),
  },
  { requiredKeys: [] },
);

/** Scenarios of 1..5 random ops, sometimes with custom frames and a what-if kernel. */
export const randomScenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    disk: diskArb,
    ops: fc.array(opArb, { minLength: 1, maxLength: 5 }),
    pages: fc.option(pagesArb, { freq: 3 }),
    kernel: fc.option(kernelArb, { freq: 3 }),
  })
  .map(({ disk, ops, pages, kernel }) => ({
    version: 1 as const,
    disk,
    ...(kernel !== null ? { kernel } : {}),
    ...(pages !== null ? { memory: { pages } } : {}),
    ops,
  }));

const crossPagePartsArb = fc.record({
  disk: diskArb,
  pageA: fc.integer({ min: 0, max: PAGES - 1 }),
  // Page B is A + 1 + bDelta (mod 8): any page but A, without a filter that wastes runs.
  bDelta: fc.integer({ min: 0, max: PAGES - 2 }),
  pfnPair: fc.integer({ min: 0, max: 20 }),
  headSectors: fc.integer({ min: 1, max: SECTORS_PER_PAGE }),
  tailSectors: fc.integer({ min: 1, max: SECTORS_PER_PAGE }),
  op: fc.constantFrom<'read' | 'write'>('read', 'read', 'write'),
  sector: sectorArb,
  before: fc.array(opArb, { maxLength: 2 }),
  after: fc.array(opArb, { maxLength: 2 }),
  extra: fc.option(bvecsArb, { freq: 2 }),
});

type CrossPageParts = typeof crossPagePartsArb extends fc.Arbitrary<infer T> ? T : never;

/** Assembles a scenario whose middle op has a bio_vec pair that maps to one cross-page entry. */
function crossPageScenario(p: CrossPageParts): ScenarioInput {
  const pageA = p.pageA;
  const pageB = (p.pageA + 1 + p.bDelta) % PAGES;
  const head = {
    page: pageA,
    offset: PAGE - p.headSectors * SECTOR,
    length: p.headSectors * SECTOR,
  };
  const tail = { page: pageB, offset: 0, length: p.tailSectors * SECTOR };
  // More bio_vecs after the pair, on other pages, so the entry is not always the last one.
  const extra = (p.extra ?? []).filter((bv) => bv.page !== pageA && bv.page !== pageB);
  const pfn = 2 * p.pfnPair;
  return {
    version: 1,
    kernel: { maxSegmentSize: 8192, segmentBoundaryMask: 8191 },
    memory: {
      pages: {
        [String(pageA)]: { pfn, mfn: pfn + 300 },
        [String(pageB)]: { pfn: pfn + 1, mfn: pfn + 301 },
      },
    },
    disk: p.disk,
    ops: [...p.before, { op: p.op, sector: p.sector, bvecs: [head, tail, ...extra] }, ...p.after],
  };
}

/**
 * Scenarios built so that one READ (or WRITE) has a scatterlist entry crossing a page: pages A
 * and B get consecutive pfns (A's even, so both lie in one 8192-byte boundary window) and
 * consecutive mfns, the queue allows 8192-byte segments, and a bio_vec ending page A is followed
 * by one starting page B. Other ops around it give the grants history.
 */
export const crossPageScenarioArb: fc.Arbitrary<ScenarioInput> =
  crossPagePartsArb.map(crossPageScenario);

/** Every kind of valid scenario this suite generates. */
export const scenarioArb: fc.Arbitrary<ScenarioInput> = fc.oneof(
  { weight: 4, arbitrary: randomScenarioArb },
  { weight: 1, arbitrary: crossPageScenarioArb },
);
