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
