// Which request the pipeline view shows at a step. Between requests the trace has no current
// request (step.after.request is null): at an op's start we show the request it is about to
// issue, still unbuilt; after it, the request it finished; an op that failed before any I/O
// (EINVAL) has no request and is shown as its buffer and the error.
import type { Simulation } from '../model';

/** What the pipeline view draws at a step. */
export type PipelineSubject =
  | {
      readonly kind: 'request';
      readonly request: number;
      /** queued: the op started, the request is not built yet; finished: its last step is past. */
      readonly phase: 'queued' | 'active' | 'finished';
    }
  | {
      readonly kind: 'einval';
      readonly op: number;
      /** Null until the op-failed step. */
      readonly reason: string | null;
    }
  | { readonly kind: 'empty' };

/** Stable identity of a subject (layouts are memoised on it). */
export const subjectKey = (s: PipelineSubject): string =>
  s.kind === 'request' ? `r${s.request}` : s.kind === 'einval' ? `e${s.op}` : 'none';

/** The subject at `step` (see file comment). */
export function subjectAtStep(sim: Simulation, step: number): PipelineSubject {
  const s = sim.steps[step];
  if (!s)
    return sim.requests.length > 0 ? finished(sim, sim.requests.length - 1) : { kind: 'empty' };
  const current = s.after.request;
  if (current !== null) {
    const r = sim.requests[current]!;
    return { kind: 'request', request: current, phase: step > r.lastStep ? 'finished' : 'active' };
  }
  if ('op' in s) {
    const op = sim.ops[s.op];
    const requests = op?.requests ?? [];
    if (op && requests.length === 0 && op.status === 'EINVAL') {
      const failed = s.type === 'op-failed' || s.type === 'op-done';
      return { kind: 'einval', op: s.op, reason: failed ? op.reason : null };
    }
    if (s.type === 'op-done' && requests.length > 0) return finished(sim, requests.at(-1)!);
    if (requests.length > 0) return { kind: 'request', request: requests[0]!, phase: 'queued' };
  }
  // No op of its own (should not happen): fall back to the nearest request before this step.
  const before = sim.requests.filter((r) => r.firstStep <= step).at(-1);
  if (before) return finished(sim, before.index);
  return sim.requests[0] ? { kind: 'request', request: 0, phase: 'queued' } : { kind: 'empty' };
}

const finished = (_sim: Simulation, request: number): PipelineSubject => ({
  kind: 'request',
  request,
  phase: 'finished',
});
