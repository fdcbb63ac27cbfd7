import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL, resolveKernelConfig } from '../config';
import { bvecsForBuffer } from './directIo';

describe('bvecsForBuffer (O_DIRECT, fs/direct-io.c)', () => {
  it('cuts a 16 KiB buffer at page offset 512 as kernel-notes describes', () => {
    const r = bvecsForBuffer(512, 16384, DEFAULT_KERNEL);
    expect(r.ok && r.value).toEqual([
      { page: 0, offset: 512, length: 3584 },
      { page: 1, offset: 0, length: 4096 },
      { page: 2, offset: 0, length: 4096 },
      { page: 3, offset: 0, length: 4096 },
      { page: 4, offset: 0, length: 512 },
    ]);
  });

  it('gives one bio_vec for a buffer inside one page', () => {
    const r = bvecsForBuffer(4096 * 3 + 1024, 1024, DEFAULT_KERNEL);
    expect(r.ok && r.value).toEqual([{ page: 3, offset: 1024, length: 1024 }]);
  });

  it('fails with EINVAL for a misaligned address or length', () => {
    const a = bvecsForBuffer(100, 512, DEFAULT_KERNEL);
    const b = bvecsForBuffer(512, 700, DEFAULT_KERNEL);
    expect(!a.ok && a.error.errno).toBe('EINVAL');
    expect(!a.ok && a.error.reason).toMatch(/address 100/);
    expect(!b.ok && b.error.reason).toMatch(/length 700/);
  });

  it('uses the logical block size for alignment', () => {
    const k = resolveKernelConfig({ sectorSize: 4096 });
    expect(bvecsForBuffer(512, 4096, k).ok).toBe(false);
    expect(bvecsForBuffer(4096, 4096, k).ok).toBe(true);
  });
});
