import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL } from '../config';
import { grantId, sector } from '../units';
import { planBackendTransfers } from './backend';
import { ringSegmentFor } from './ringSegments';

const seg = (offset: number, length: number, g = 0) =>
  ringSegmentFor({ page: 0 as never, offset, length, bvecs: [0] }, grantId(g));

describe('ring segments and blkback', () => {
  it('computes first_sect and last_sect from the sg entry', () => {
    expect(seg(3584, 512)).toEqual({ gref: 0, firstSect: 7, lastSect: 7 });
    expect(seg(0, 4096)).toEqual({ gref: 0, firstSect: 0, lastSect: 7 });
  });

  it('lays segments out consecutively on disk at first_sect * 512 in each grant', () => {
    const plan = planBackendTransfers(
      sector(10),
      [seg(3584, 512), seg(0, 1024, 1)],
      DEFAULT_KERNEL,
    );
    expect(plan.ok && plan.value).toEqual([
      { segment: 0, sector: 10, sectors: 1, grantOffset: 3584 },
      { segment: 1, sector: 11, sectors: 2, grantOffset: 0 },
    ]);
  });

  it('rejects a segment that crosses the grant page (EIO)', () => {
    const plan = planBackendTransfers(sector(0), [seg(2048, 4096)], DEFAULT_KERNEL);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.error).toMatch(/last_sect 11/);
  });

  it('rejects more segments than the ring carries', () => {
    const many = Array.from({ length: 12 }, (_, i) => seg(0, 512, i));
    expect(planBackendTransfers(sector(0), many, DEFAULT_KERNEL).ok).toBe(false);
  });
});
