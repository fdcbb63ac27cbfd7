import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL, resolveKernelConfig } from '../config';
import { pageIndex, sector } from '../units';
import { buildBios, maxSectorsFor } from './bios';

const identity = (p: number) => ({ pfn: p, mfn: p });
const pages = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) => ({
    page: pageIndex(i),
    offset: i === 0 ? offset : 0,
    length: 4096 - (i === 0 ? offset : 0),
  }));

describe('buildBios (bio_add_page under queue limits)', () => {
  it('keeps 11 page bio_vecs in one bio and starts a new one at the 12th', () => {
    const bios = buildBios(sector(100), pages(12), DEFAULT_KERNEL, identity);
    expect(bios.map((b) => b.bvecs.length)).toEqual([11, 1]);
    expect(bios[1]?.sector).toBe(100 + 11 * 8);
    expect(bios[1]?.firstBvec).toBe(11);
  });

  it('stops at max_sectors', () => {
    const k = resolveKernelConfig({ maxHwSectors: 16, maxSegments: 64 });
    const bios = buildBios(sector(0), pages(5), k, identity);
    expect(bios.map((b) => b.bvecs.length)).toEqual([2, 2, 1]);
  });

  it('caps max_sectors at BLK_DEF_MAX_SECTORS (1024)', () => {
    expect(maxSectorsFor(resolveKernelConfig({ maxHwSectors: 4096 }))).toBe(1024);
    expect(maxSectorsFor(DEFAULT_KERNEL)).toBe(512);
  });

  it('counts merged bio_vecs as one segment', () => {
    const k = resolveKernelConfig({ maxSegments: 1 });
    const bvecs = [
      { page: pageIndex(0), offset: 0, length: 512 },
      { page: pageIndex(0), offset: 512, length: 512 },
      { page: pageIndex(1), offset: 0, length: 512 },
    ];
    expect(buildBios(sector(0), bvecs, k, identity).map((b) => b.bvecs.length)).toEqual([2, 1]);
  });
});
