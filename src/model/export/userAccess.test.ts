import { describe, expect, it } from 'vitest';
import { scenario } from '../../../test/support/scenarios';
import { userAccessFor } from './userAccess';

const opOf = (bvecs: { page: number; offset: number; length: number }[], kernel = {}) => {
  const s = scenario({
    version: 1,
    kernel,
    disk: { sectors: 4096, content: 'pattern' },
    ops: [{ op: 'read', sector: 8, bvecs }],
  });
  return userAccessFor(s.ops[0]!, s.kernel, s.framesOf);
};

describe('userAccessFor', () => {
  it('gives one buffer for bio_vecs that are one contiguous O_DIRECT buffer', () => {
    // d62f69185's example: (P1,3584,512) (P2,0,512) = 1 KiB at byte 1*4096 + 3584 = 7680.
    expect(
      opOf([
        { page: 1, offset: 3584, length: 512 },
        { page: 2, offset: 0, length: 512 },
      ]),
    ).toEqual({ kind: 'buffer', spans: [{ address: 7680, length: 1024 }] });
  });

  it('gives one iovec per bio_vec for the RAID stripe layout', () => {
    expect(
      opOf([
        { page: 1, offset: 0, length: 1024 },
        { page: 2, offset: 1024, length: 1024 },
        { page: 3, offset: 2048, length: 2048 },
      ]),
    ).toEqual({
      kind: 'vector',
      spans: [
        { address: 4096, length: 1024 },
        { address: 9216, length: 1024 },
        { address: 14336, length: 2048 },
      ],
    });
  });

  it('needs a stacked driver when direct-io would merge two bio_vecs of one page', () => {
    const access = opOf([
      { page: 3, offset: 0, length: 512 },
      { page: 3, offset: 512, length: 512 },
    ]);
    expect(access.kind).toBe('stacked');
    expect(access.kind === 'stacked' && access.reason).toContain('(P3,0,1024)');
  });

  it('needs a stacked driver when the queue limits would split the bio', () => {
    // 12 bio_vecs on 12 pages = 12 scatterlist entries > 11 (BLKIF_MAX_SEGMENTS_PER_REQUEST).
    const bvecs = Array.from({ length: 12 }, (_, i) => ({ page: 2 * i, offset: 0, length: 512 }));
    const access = opOf(bvecs);
    expect(access.kind).toBe('stacked');
    expect(access.kind === 'stacked' && access.reason).toContain('2 bios');
  });
});
