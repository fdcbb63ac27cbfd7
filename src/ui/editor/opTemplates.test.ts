import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL } from '../../model';
import { nextBvec, toBufferOp, toBvecOp } from './opTemplates';

describe('op templates', () => {
  it('appends a bio_vec on the next page', () => {
    expect(nextBvec([{ page: 3, offset: 0, length: 512 }])).toEqual({
      page: 4,
      offset: 0,
      length: 512,
    });
    expect(nextBvec(undefined)).toEqual({ page: 0, offset: 0, length: 512 });
  });

  it('turns a buffer op into the bio_vecs direct-io would build, keeping the rest', () => {
    const op = { op: 'read', sector: 2, label: 'l', buffer: { address: 512, length: 4096 } };
    expect(toBvecOp(op, DEFAULT_KERNEL)).toEqual({
      op: 'read',
      sector: 2,
      label: 'l',
      bvecs: [
        { page: 0, offset: 512, length: 3584 },
        { page: 1, offset: 0, length: 512 },
      ],
    });
    // A misaligned buffer has no bio_vecs (EINVAL): start from one sector.
    const misaligned = { op: 'read', sector: 2, buffer: { address: 100, length: 512 } };
    expect(toBvecOp(misaligned, DEFAULT_KERNEL).bvecs).toEqual([
      { page: 0, offset: 0, length: 512 },
    ]);
  });

  it('turns explicit bio_vecs into a buffer at the first one', () => {
    const op = {
      op: 'write',
      sector: 8,
      bvecs: [
        { page: 1, offset: 3584, length: 512 },
        { page: 2, offset: 0, length: 512 },
      ],
    };
    expect(toBufferOp(op, DEFAULT_KERNEL)).toEqual({
      op: 'write',
      sector: 8,
      buffer: { address: 7680, length: 1024 },
    });
  });
});
