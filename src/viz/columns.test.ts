import { describe, expect, it } from 'vitest';
import { pageIndex } from '../model/units';
import { planColumns } from './columns';

const bv = (page: number, offset: number, length: number) => ({
  page: pageIndex(page),
  offset,
  length,
});

describe('planColumns', () => {
  it('puts grant k under the page of entry k when every entry is its own page (parted)', () => {
    const bvecs = [bv(11, 3072, 1024), bv(12, 0, 4096), bv(13, 0, 4096)];
    const plan = planColumns({ bvecs, sg: [{ bvecs: [0] }, { bvecs: [1] }, { bvecs: [2] }] });
    expect(plan.pages).toEqual([11, 12, 13]);
    expect(plan.pageColumns).toEqual([0, 1, 2]);
    expect(plan.grantColumns).toEqual([0, 1, 2]);
    expect(plan.count).toBe(3);
  });

  it('leaves a page gap when two entries share a page', () => {
    const bvecs = [bv(0, 0, 512), bv(0, 1024, 512), bv(1, 0, 512)];
    const plan = planColumns({ bvecs, sg: [{ bvecs: [0] }, { bvecs: [1] }, { bvecs: [2] }] });
    expect(plan.pages).toEqual([0, 1]);
    expect(plan.pageColumns).toEqual([0, 2]);
    expect(plan.grantColumns).toEqual([0, 1, 2]);
    expect(plan.count).toBe(3);
  });

  it('leaves a grant gap when one entry spans two pages (what-if limits)', () => {
    const bvecs = [bv(0, 0, 4096), bv(1, 0, 4096), bv(5, 0, 512)];
    const plan = planColumns({ bvecs, sg: [{ bvecs: [0, 1] }, { bvecs: [2] }] });
    expect(plan.pageColumns).toEqual([0, 1, 2]);
    expect(plan.grantColumns).toEqual([0, 2]);
  });

  it('places pages in order when there is no scatterlist, and stale slots after the grants', () => {
    const bvecs = [bv(3, 0, 512), bv(4, 0, 512)];
    expect(planColumns({ bvecs, sg: [] })).toMatchObject({ pageColumns: [0, 1], count: 2 });
    const plan = planColumns({ bvecs, sg: [{ bvecs: [0] }, { bvecs: [1] }], staleSlots: [4] });
    expect(plan.grantColumns).toEqual([0, 1, 2]);
    expect(plan.grantSlots).toEqual([0, 1, 4]);
    expect(plan.count).toBe(3);
  });

  it('uses at least one column', () => {
    expect(planColumns({ bvecs: [], sg: [] }).count).toBe(1);
  });
});
