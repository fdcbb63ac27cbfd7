// Simulations the src/viz tests lay out: the presets, plus what-ifs the presets do not cover
// (11 segments, a 256-segment indirect what-if, an EINVAL buffer). Test support only.
import { parseScenario, PRESETS, simulate, type Simulation } from '../../src/model';

/** A traced simulation of scenario JSON (throws on invalid input: tests build valid ones). */
export function simulateJson(json: unknown): Simulation {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return simulate(parsed.value, { trace: true });
}

/** A traced simulation of preset `id`. */
export const simulatePreset = (id: string): Simulation =>
  simulateJson(PRESETS.find((p) => p.id === id)!.json);

/** 44 KiB at page offset 512: 12 bio_vecs, split into requests of at most 11 segments. */
export const ELEVEN_SEGMENTS = {
  version: 1,
  disk: { sectors: 4096, content: 'pattern' },
  ops: [{ op: 'read', sector: 8, buffer: { address: 4096 + 512, length: 11 * 4096 - 1024 } }],
};

/** The 256-segment what-if: one bio of 256 one-sector bio_vecs at rotating page offsets. */
export const WHAT_IF_256 = {
  version: 1,
  kernel: { maxSegments: 256, maxHwSectors: 2048 },
  disk: { sectors: 65536, content: 'pattern' },
  ops: [
    {
      op: 'read',
      sector: 0,
      bvecs: Array.from({ length: 256 }, (_, i) => ({
        page: i,
        offset: (i % 8) * 512,
        length: 512,
      })),
    },
  ],
};

/** An O_DIRECT read whose buffer is not 512-byte aligned. */
export const EINVAL_READ = {
  version: 1,
  disk: { sectors: 2048, content: 'pattern' },
  ops: [{ op: 'read', sector: 0, buffer: { address: 4096 + 100, length: 1024 } }],
};

/**
 * Cross-page scatterlist entries (what-if limits): the backend rejects last_sect >= 8 (EIO),
 * d62f69185 and b7649158 hit their BUG_ONs and 0a8704a51 reads a never-set grants_used[1]; the
 * next read then runs on no kernel at all. Also a read past the end of the disk, and a WRITE.
 */
export const BUGS_AND_ERRORS = {
  version: 1,
  kernel: { maxSegmentSize: 8192, segmentBoundaryMask: 8191 },
  disk: { sectors: 64, content: 'pattern' },
  ops: [
    { op: 'write', sector: 8, buffer: { address: 8192, length: 1024 }, fill: { text: 'hello' } },
    {
      op: 'read',
      sector: 0,
      bvecs: [
        { page: 0, offset: 0, length: 4096 },
        { page: 1, offset: 0, length: 4096 },
      ],
    },
    { op: 'read', sector: 60, buffer: { address: 0, length: 4096 } },
  ],
};
