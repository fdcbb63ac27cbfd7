// The kernel what-if fields and the ranges src/model/scenario/schema.ts (with validate.ts's
// cross-field rules) accepts, stated once here for the form; kernelFields.test.ts checks each
// bound against the validator so the two cannot drift apart.
import { resolveKernelConfig, type KernelConfig } from '../../model/config';
import { asRecord, type JsonObject } from './jsonTree';

/** One numeric what-if field: label, bounds (some follow pageSize) and the rule in words. */
export interface KernelNumberField {
  readonly key: Exclude<keyof KernelConfig, 'sectorSize' | 'clustering'>;
  readonly label: string;
  readonly min: (pageSize: number) => number;
  readonly max: number;
  /** The extra rule beyond the bounds, e.g. "a power of two". */
  readonly rule: string;
}

/** The numeric what-if fields, in the order the panel shows them. */
export const KERNEL_NUMBER_FIELDS: readonly KernelNumberField[] = [
  { key: 'pageSize', label: 'Page size', min: () => 4096, max: 65536, rule: 'a power of two' },
  { key: 'maxSegments', label: 'Max segments', min: () => 1, max: 256, rule: 'blkif: 11' },
  {
    key: 'maxSegmentSize',
    label: 'Max segment size',
    min: (ps) => ps,
    max: 1 << 20,
    rule: 'a multiple of 512',
  },
  {
    key: 'segmentBoundaryMask',
    label: 'Segment boundary mask',
    min: (ps) => ps - 1,
    max: 2 ** 32 - 1,
    rule: 'one less than a power of two',
  },
  { key: 'maxHwSectors', label: 'Max hw sectors', min: (ps) => ps / 512, max: 65535, rule: '' },
];

/** Logical block sizes the format allows. */
export const SECTOR_SIZES: readonly number[] = [512, 1024, 2048, 4096];

/** "4096–65536, a power of two": the range a field accepts under this page size. */
export function rangeText(field: KernelNumberField, pageSize: number): string {
  const range = `${field.min(pageSize)}–${field.max}`;
  return field.rule === '' ? range : `${range}, ${field.rule}`;
}

const validPageSize = (n: unknown): n is number =>
  typeof n === 'number' && n >= 4096 && n <= 65536 && (n & (n - 1)) === 0;

/**
 * The kernel config the draft describes, taking only values that could be valid, so helpers (page
 * strip, bio_vec preview) keep working while a what-if field holds a half-typed number.
 */
export function kernelOfDraft(draft: JsonObject): KernelConfig {
  const k = asRecord(draft.kernel);
  const num = (v: unknown) =>
    typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined;
  return resolveKernelConfig({
    pageSize: validPageSize(k.pageSize) ? k.pageSize : undefined,
    sectorSize: SECTOR_SIZES.includes(k.sectorSize as number)
      ? (k.sectorSize as number)
      : undefined,
    maxSegments: num(k.maxSegments),
    maxSegmentSize: num(k.maxSegmentSize),
    segmentBoundaryMask: num(k.segmentBoundaryMask),
    clustering: typeof k.clustering === 'boolean' ? k.clustering : undefined,
    maxHwSectors: num(k.maxHwSectors),
  });
}
