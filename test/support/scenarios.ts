// Test helpers: build scenarios tersely and fail loudly when a test's own scenario is invalid.
import { formatIssues, parseScenario, type Scenario } from '../../src/model/scenario/validate';

/** Parses a scenario object or throws with the validation messages. */
export function scenario(json: unknown): Scenario {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(`test scenario invalid: ${formatIssues(parsed.error)}`);
  return parsed.value;
}

/** A one-op READ scenario of explicit bio_vecs on a pattern disk. */
export function bvecRead(
  bvecs: readonly { page: number; offset: number; length: number }[],
  extra: Record<string, unknown> = {},
): Scenario {
  return scenario({
    version: 1,
    disk: { sectors: 4096, content: 'pattern' },
    ops: [{ op: 'read', sector: 8, bvecs }],
    ...extra,
  });
}

/** Kernel what-if that lets one scatterlist entry span two contiguous 4 KiB pages. */
export const TWO_PAGE_SEGMENTS = { maxSegmentSize: 8192, segmentBoundaryMask: 8191 } as const;

/** bio_vecs that share one entry under TWO_PAGE_SEGMENTS, the second starting back at offset 0. */
export const STRADDLING_BVECS = [
  { page: 0, offset: 2048, length: 2048 },
  { page: 1, offset: 0, length: 4096 },
] as const;
