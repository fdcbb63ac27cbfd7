// What the search worker does with each message, written against injected post / clock / yield so
// it runs (and is tested) in Node exactly as in the worker. The search itself is SearchRun's: this
// only feeds it chunks sized to ~CHUNK_MS, posts a snapshot every ~SNAPSHOT_MS, and between
// snapshots gives the worker's event loop a turn, so a new 'start' replaces the run promptly.
import { parseSearchSpace, phaseMapDirectIo, phaseMapRaid, SearchRun } from '../../model/search';
import { isSearchRequest, type SearchReply } from './workerProtocol';

/** Target time per SearchRun.step() call: short, so snapshots keep their ~100 ms cadence. */
export const CHUNK_MS = 15;
/** How often a snapshot goes to the page while a run goes on. */
export const SNAPSHOT_MS = 100;
/** Layouts in the first chunk, before the loop has measured anything. */
export const FIRST_BUDGET = 64;
const MAX_BUDGET = 1 << 20;

/** What the loop needs from its host (the worker global, or a test). */
export interface LoopHost {
  post(reply: SearchReply): void;
  /** Milliseconds, any origin. */
  now(): number;
  /** Runs `fn` after the host has handled pending messages (setTimeout 0 in the worker). */
  defer(fn: () => void): void;
}

/** Next chunk size: scaled so a chunk takes about CHUNK_MS, changing at most 4× at a time. */
export function nextBudget(budget: number, elapsedMs: number): number {
  if (elapsedMs <= 0) return Math.min(MAX_BUDGET, budget * 4);
  const scaled = Math.round((budget * CHUNK_MS) / elapsedMs);
  return Math.max(1, Math.min(MAX_BUDGET, budget * 4, Math.max(Math.floor(budget / 4), scaled)));
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Creates the message handler; each 'start' replaces (and so cancels) the run before it. */
export function createSearchLoop(host: LoopHost): (data: unknown) => void {
  let current = -1;

  function run(runId: number, search: SearchRun): void {
    let budget = FIRST_BUDGET;
    const chunk = () => {
      if (runId !== current) return; // replaced by a newer 'start' while waiting for our turn
      try {
        const until = host.now() + SNAPSHOT_MS;
        let result = null;
        do {
          const t0 = host.now();
          result = search.step(budget);
          budget = nextBudget(budget, host.now() - t0);
        } while (!result.done && host.now() < until);
        host.post({ type: 'snapshot', runId, result });
        if (!result.done) host.defer(chunk);
      } catch (e) {
        host.post({ type: 'failed', runId, message: `the search failed: ${messageOf(e)}` });
      }
    };
    chunk();
  }

  return (data) => {
    if (!isSearchRequest(data)) return;
    switch (data.type) {
      case 'start': {
        current = data.runId;
        const space = parseSearchSpace(data.space);
        if (!space.ok) {
          const first = space.error[0];
          host.post({
            type: 'failed',
            runId: data.runId,
            message: first ? `${first.path}: ${first.message}` : 'invalid search space',
          });
          return;
        }
        try {
          run(data.runId, new SearchRun(space.value, data.options));
        } catch (e) {
          host.post({ type: 'failed', runId: data.runId, message: messageOf(e) });
        }
        return;
      }
      case 'phase-maps':
        try {
          const maps = { directIo: phaseMapDirectIo(data.kernel), raid: phaseMapRaid(data.kernel) };
          host.post({ type: 'phase-maps', runId: data.runId, maps });
        } catch (e) {
          host.post({
            type: 'failed',
            runId: data.runId,
            message: `the phase maps failed: ${messageOf(e)}`,
          });
        }
        return;
    }
  };
}
