// Queue limits and page size. Defaults are what 3.8-era blkfront sets in xlvbd_init_blk_queue()
// (0a8704a51): max_hw_sectors 512, segment boundary PAGE_SIZE-1, max segment size PAGE_SIZE,
// max segments BLKIF_MAX_SEGMENTS_PER_REQUEST (11), clustering on (the block layer default).

/** The kernel what-if block of a scenario, with defaults applied. */
export interface KernelConfig {
  /** PAGE_SIZE in bytes; grant pages have the same size in scenario v1. */
  readonly pageSize: number;
  /** Logical block size: O_DIRECT address and length must be multiples of it. */
  readonly sectorSize: number;
  /** Queue max_segments: scatterlist entries (= ring segments) per request. */
  readonly maxSegments: number;
  /** Queue max_segment_size in bytes. */
  readonly maxSegmentSize: number;
  /** Queue seg_boundary_mask: no sg entry may cross an address multiple of mask+1. */
  readonly segmentBoundaryMask: number;
  /** QUEUE_FLAG_CLUSTER: whether adjacent bio_vecs may share an sg entry at all. */
  readonly clustering: boolean;
  /** Queue max_hw_sectors (512-byte units) per request. */
  readonly maxHwSectors: number;
}

/** BLKIF_MAX_SEGMENTS_PER_REQUEST in the 3.8 ring protocol. */
export const BLKIF_MAX_SEGMENTS_PER_REQUEST = 11;

/** 3.8-era blkfront limits on 4 KiB pages. */
export const DEFAULT_KERNEL: KernelConfig = {
  pageSize: 4096,
  sectorSize: 512,
  maxSegments: BLKIF_MAX_SEGMENTS_PER_REQUEST,
  maxSegmentSize: 4096,
  segmentBoundaryMask: 4095,
  clustering: true,
  maxHwSectors: 512,
};

/** Fills in defaults; maxSegmentSize and the boundary mask follow pageSize unless given. */
export function resolveKernelConfig(partial: Partial<KernelConfig> | undefined): KernelConfig {
  const pageSize = partial?.pageSize ?? DEFAULT_KERNEL.pageSize;
  return {
    pageSize,
    sectorSize: partial?.sectorSize ?? DEFAULT_KERNEL.sectorSize,
    maxSegments: partial?.maxSegments ?? DEFAULT_KERNEL.maxSegments,
    maxSegmentSize: partial?.maxSegmentSize ?? pageSize,
    segmentBoundaryMask: partial?.segmentBoundaryMask ?? pageSize - 1,
    clustering: partial?.clustering ?? DEFAULT_KERNEL.clustering,
    maxHwSectors: partial?.maxHwSectors ?? DEFAULT_KERNEL.maxHwSectors,
  };
}

/** 512-byte cells per page. */
export const cellsPerPage = (k: KernelConfig): number => k.pageSize / 512;
