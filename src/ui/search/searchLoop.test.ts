// The worker's loop, driven by a fake host: a clock that advances a fixed amount per reading and a
// queue of deferred turns, so chunking and snapshot cadence are deterministic.
import { describe, expect, it } from 'vitest';
import { parseSearchSpace, SearchRun, type SearchSpace } from '../../model/search';
import { DEFAULT_KERNEL } from '../../model';
import { CHUNK_MS, createSearchLoop, FIRST_BUDGET, nextBudget } from './searchLoop';
import type { SearchReply } from './workerProtocol';

const SPACE_INPUT = { pages: 2, maxBvecs: 3, granularity: 512 };
const space = (): SearchSpace => {
  const s = parseSearchSpace(SPACE_INPUT);
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s.value;
};
const EXHAUSTIVE = { mode: 'exhaustive', seed: 1, samples: 1 } as const;

/** A host whose clock advances `tick` ms per reading; deferred turns run when `drain` is called. */
function fakeHost(tick = 10) {
  const posted: SearchReply[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  return {
    posted,
    host: {
      post: (r: SearchReply) => posted.push(structuredClone(r)),
      now: () => (clock += tick),
      defer: (fn: () => void) => queue.push(fn),
    },
    /** Runs deferred turns until none is left (or `limit` turns ran). */
    drain(limit = Infinity) {
      for (let i = 0; i < limit && queue.length > 0; i++) queue.shift()!();
    },
    get pending() {
      return queue.length;
    },
  };
}

describe('nextBudget', () => {
  it('aims at CHUNK_MS per chunk, changing at most 4x at a time', () => {
    expect(nextBudget(100, CHUNK_MS)).toBe(100);
    expect(nextBudget(100, CHUNK_MS / 2)).toBe(200);
    expect(nextBudget(100, 0)).toBe(400);
    expect(nextBudget(100, 1000)).toBe(25);
    expect(nextBudget(1, 1000)).toBe(1);
  });
});

describe('createSearchLoop', () => {
  it('streams snapshots and ends with exactly what SearchRun computes in one go', () => {
    const f = fakeHost();
    const handle = createSearchLoop(f.host);
    handle({ type: 'start', runId: 7, space: SPACE_INPUT, options: EXHAUSTIVE });
    f.drain();
    const snapshots = f.posted.filter((r) => r.type === 'snapshot');
    expect(snapshots.length).toBeGreaterThan(1);
    expect(snapshots.every((r) => r.runId === 7)).toBe(true);
    // Progress only grows, and only the last snapshot is done.
    const checked = snapshots.map((r) => (r.type === 'snapshot' ? r.result.progress.checked : -1));
    expect(checked).toEqual([...checked].sort((a, b) => a - b));
    expect(snapshots.map((r) => r.type === 'snapshot' && r.result.done)).toEqual([
      ...snapshots.slice(1).map(() => false),
      true,
    ]);
    const last = snapshots.at(-1)!;
    const expected = new SearchRun(space(), EXHAUSTIVE).runToEnd();
    expect(last.type === 'snapshot' && last.result).toEqual(expected);
    expect(f.pending).toBe(0);
  });

  it('posts about every SNAPSHOT_MS of work, starting from a small first chunk', () => {
    const f = fakeHost(10);
    const handle = createSearchLoop(f.host);
    handle({ type: 'start', runId: 1, space: SPACE_INPUT, options: EXHAUSTIVE });
    // One turn = one snapshot, then the next turn waits for the host. The clock reads 10 ms per
    // call, 3 calls per chunk (before and after the step, and the loop's deadline test), so
    // a turn is about SNAPSHOT_MS / 30 chunks: the first FIRST_BUDGET long, then scaled to
    // CHUNK_MS (15 ms / 10 ms per step: 1.5x each).
    expect(f.posted).toHaveLength(1);
    expect(f.pending).toBe(1);
    const first = f.posted[0];
    const budgets = [FIRST_BUDGET, 96, 144, 216];
    if (first?.type === 'snapshot')
      expect(first.result.progress.checked).toBe(budgets.reduce((a, b) => a + b, 0));
    else expect.fail('expected a snapshot');
  });

  it('drops a run replaced by a newer start, even with its next turn already queued', () => {
    const f = fakeHost();
    const handle = createSearchLoop(f.host);
    handle({ type: 'start', runId: 1, space: SPACE_INPUT, options: EXHAUSTIVE });
    expect(f.pending).toBe(1);
    handle({ type: 'start', runId: 2, space: SPACE_INPUT, options: EXHAUSTIVE });
    f.drain();
    const ids = f.posted.map((r) => r.runId);
    // One snapshot of run 1 (its first turn), then only run 2's.
    expect(ids[0]).toBe(1);
    expect(ids.slice(1).every((id) => id === 2)).toBe(true);
    const last = f.posted.at(-1)!;
    expect(last.type === 'snapshot' && last.result.done).toBe(true);
  });

  it('answers an invalid space with a message naming the field', () => {
    const f = fakeHost();
    createSearchLoop(f.host)({
      type: 'start',
      runId: 3,
      space: { ...SPACE_INPUT, maxBvecs: 9 },
      options: EXHAUSTIVE,
    });
    expect(f.posted).toEqual([
      { type: 'failed', runId: 3, message: 'maxBvecs: must be at most 6' },
    ]);
  });

  it('ignores messages it does not understand', () => {
    const f = fakeHost();
    const handle = createSearchLoop(f.host);
    handle(null);
    handle({ type: 'start' });
    handle({ type: 'launch', runId: 1 });
    expect(f.posted).toEqual([]);
  });

  it('computes the phase maps for the kernel it is given', () => {
    const f = fakeHost();
    createSearchLoop(f.host)({ type: 'phase-maps', runId: 4, kernel: DEFAULT_KERNEL });
    expect(f.posted).toHaveLength(1);
    const reply = f.posted[0]!;
    expect(reply.type).toBe('phase-maps');
    if (reply.type !== 'phase-maps') return;
    expect(reply.runId).toBe(4);
    // Issue #6's grid: offsets 0..3584 by 512 × lengths 512..64 KiB by 512.
    expect(reply.maps.directIo.xValues).toHaveLength(8);
    expect(reply.maps.directIo.yValues).toHaveLength(128);
    expect(reply.maps.directIo.cells).toHaveLength(1024);
    expect(reply.maps.raid.cells.length).toBeGreaterThan(0);
  });
});
