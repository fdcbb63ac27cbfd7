import { describe, expect, it } from 'vitest';
import { requestProgress } from './progress';
import { subjectAtStep } from './subject';
import { simulateJson, simulatePreset, WHAT_IF_256 } from '../../test/support/pipelineScenarios';

const at = (sim: ReturnType<typeof simulatePreset>, step: number) =>
  requestProgress(sim, subjectAtStep(sim, step), step)!;

describe('requestProgress', () => {
  const sim = simulatePreset('parted-gpt');

  it('shows nothing built while the request is queued', () => {
    const p = at(sim, 20);
    expect(p.phase).toBe('queued');
    expect(p.bvecsBuilt).toBe(false);
    expect(p.sg).toEqual([]);
  });

  it('builds the scatterlist one decision at a time, with reasons', () => {
    const p = at(sim, 23);
    expect(p.bvecsBuilt).toBe(true);
    expect(p.sg.map((e) => [e.segment, e.because, e.bvecs])).toEqual([
      [0, 'first', [0]],
      [1, 'size', [1]],
    ]);
    expect(p.grants).toEqual([]);
  });

  it('tracks grants, ring segments and transfers', () => {
    const p = at(sim, 38);
    expect(p.grants.map((g) => g.grant)).toEqual([0, 1, 2, 3, 4]);
    expect(p.grants[0]!.reused).toBe(true);
    expect(p.ringSegments).toBe(5);
    expect([...p.transferred]).toEqual([0, 1]);
  });

  it('collects each lane’s copies and marks the one made at this step', () => {
    const p = at(sim, 43);
    expect(p.lanes['0a8704a51'].copies).toHaveLength(2);
    expect(p.lanes['0a8704a51'].current?.copy.grantIndex).toBe(0);
    expect(p.lanes['0a8704a51'].current?.misdirectedBytes).toBe(4096);
    expect(p.lanes.b7649158.current?.copy.grantIndex).toBe(1);
    expect(at(sim, 47).lanes.b7649158.current).toBeNull();
    expect(at(sim, 48).done).toBe(true);
  });

  it('handles a merge (one sg entry growing over several bio_vecs)', () => {
    const merged = simulateJson({
      version: 1,
      disk: { sectors: 64, content: 'pattern' },
      ops: [
        {
          op: 'read',
          sector: 0,
          bvecs: [
            { page: 0, offset: 0, length: 512 },
            { page: 0, offset: 512, length: 1024 },
          ],
        },
      ],
    });
    const last = merged.requests[0]!.lastStep;
    const p = requestProgress(merged, subjectAtStep(merged, last), last)!;
    expect(p.sg).toEqual([
      { segment: 0, page: 0, offset: 0, length: 1536, bvecs: [0, 1], because: 'first' },
    ]);
  });

  it('is fast enough to recompute on every step of the 256-segment what-if', () => {
    const big = simulateJson(WHAT_IF_256);
    const last = big.requests[0]!.lastStep;
    const p = requestProgress(big, subjectAtStep(big, last), last)!;
    expect(p.sg).toHaveLength(256);
    expect(p.lanes.b7649158.copies).toHaveLength(256);
  });
});
