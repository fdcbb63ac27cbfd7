// The strace view's settings and small lookups: the `-s` field's rule, and which step ends an op
// (where "Go to step N" moves the timeline). Pure, unit-tested.
import { err, ok, type Result } from '../../lib/result';
import type { Simulation } from '../../model';

/** strace's own default `-s` (strace(1): "By default, 32 bytes"). */
export const STRING_LIMIT_DEFAULT = 32;
/** Largest `-s` the view accepts: more than any op's buffer shown in full would need here. */
export const STRING_LIMIT_MAX = 65536;

/** Reads the `-s` field: a whole number from 1 to STRING_LIMIT_MAX, or the message naming the rule. */
export function parseStringLimit(text: string): Result<number, string> {
  const t = text.trim();
  const rule = `-s: must be a whole number from 1 to ${STRING_LIMIT_MAX}`;
  if (!/^\d+$/.test(t)) return err(t === '' ? `${rule} (it is empty)` : rule);
  const n = Number(t);
  return n >= 1 && n <= STRING_LIMIT_MAX ? ok(n) : err(rule);
}

/** The step at which op `op` is done (its 'op-done' step), or null when the trace has none. */
export function opLastStep(sim: Simulation, op: number): number | null {
  for (let i = sim.steps.length - 1; i >= 0; i--) {
    const s = sim.steps[i]!;
    if (s.type === 'op-done' && s.op === op) return i;
  }
  return null;
}
