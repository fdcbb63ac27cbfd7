import { describe, expect, it } from 'vitest';
import { subjectAtStep, subjectKey } from './subject';
import { EINVAL_READ, simulateJson, simulatePreset } from '../../test/support/pipelineScenarios';

describe('subjectAtStep', () => {
  const sim = simulatePreset('parted-gpt');

  it('shows the request in progress', () => {
    expect(subjectAtStep(sim, 43)).toEqual({ kind: 'request', request: 2, phase: 'active' });
  });

  it('shows the next request, unbuilt, at an op start', () => {
    expect(subjectAtStep(sim, 0)).toEqual({ kind: 'request', request: 0, phase: 'queued' });
    expect(subjectAtStep(sim, 20)).toEqual({ kind: 'request', request: 2, phase: 'queued' });
  });

  it('shows the finished request at an op end', () => {
    expect(subjectAtStep(sim, 19)).toEqual({ kind: 'request', request: 1, phase: 'finished' });
    expect(subjectAtStep(sim, 49)).toEqual({ kind: 'request', request: 2, phase: 'finished' });
  });

  it('shows a failed op with its reason once it has failed', () => {
    const bad = simulateJson(EINVAL_READ);
    expect(subjectAtStep(bad, 0)).toEqual({ kind: 'einval', op: 0, reason: null });
    const failed = subjectAtStep(bad, 1);
    expect(failed.kind).toBe('einval');
    expect(failed.kind === 'einval' && failed.reason).toMatch(
      /not a multiple of the logical block/,
    );
    expect(subjectKey(failed)).toBe('e0');
  });
});
