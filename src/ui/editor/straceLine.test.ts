import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL } from '../../model';
import { straceLine } from './straceLine';

describe('straceLine', () => {
  it('writes buffer ops as pread64/pwrite64 with the byte offset', () => {
    const op = { op: 'read', sector: 2, buffer: { address: 48128, length: 16384 } };
    expect(straceLine(op, DEFAULT_KERNEL)).toBe('pread64(fd, 0xbc00, 16384, 1024)');
    const w = { op: 'write', sector: 0, buffer: { address: 4096, length: 512 } };
    expect(straceLine(w, DEFAULT_KERNEL)).toBe('pwrite64(fd, 0x1000, 512, 0)');
  });

  it('shows the EINVAL a misaligned buffer gets', () => {
    const op = { op: 'read', sector: 0, buffer: { address: 100, length: 512 } };
    expect(straceLine(op, DEFAULT_KERNEL)).toBe('pread64(fd, 0x64, 512, 0) = -1 EINVAL');
  });

  it('writes explicit bio_vecs as a submitted bio, shortened', () => {
    const bvecs = [0, 1, 2, 3, 4].map((p) => ({ page: p, offset: 0, length: 512 }));
    expect(straceLine({ op: 'read', sector: 8, bvecs }, DEFAULT_KERNEL)).toBe(
      'submit_bio(READ, sector 8, (0,0,512) (1,0,512) (2,0,512) … +2)',
    );
  });

  it('copes with half-typed values', () => {
    expect(straceLine({ op: 'read', sector: 'x', buffer: { address: '0x' } }, DEFAULT_KERNEL)).toBe(
      'pread64(fd, ?, ?, ?)',
    );
  });
});
