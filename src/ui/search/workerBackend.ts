// The search store's backend in the app: Web Workers running searchLoop. Searches and phase maps
// get a worker each, so cancelling a search (terminating its worker, which stops even a chunk in
// progress) never loses phase maps being computed. Replies are checked before they are trusted.
import type { SearchBackend, SearchBackendEvents } from '../../state/searchStore';
import { isSearchReply, type SearchRequest } from './workerProtocol';

/** Starts a search worker (a separate chunk, fetched on first use). */
const spawnWorker = () =>
  new Worker(new URL('./search.worker.ts', import.meta.url), {
    type: 'module',
    name: 'counterexample-search',
  });

/** A lazily started worker that forwards valid replies to `events`. */
function workerSlot(events: SearchBackendEvents) {
  let worker: Worker | null = null;
  let lastRunId = -1;
  return {
    post(request: SearchRequest) {
      lastRunId = request.runId;
      if (!worker) {
        worker = spawnWorker();
        worker.onmessage = (e: MessageEvent) => {
          const reply: unknown = e.data;
          if (!isSearchReply(reply)) return;
          if (reply.type === 'snapshot') events.snapshot(reply.runId, reply.result);
          else if (reply.type === 'phase-maps') events.phaseMaps(reply.runId, reply.maps);
          else events.failed(reply.runId, reply.message);
        };
        // A worker that cannot load or throws outside the loop's try: report it on its last run.
        worker.onerror = (e: ErrorEvent) => {
          e.preventDefault();
          events.failed(lastRunId, `the search worker failed: ${e.message || 'could not start'}`);
        };
      }
      worker.postMessage(request);
    },
    stop() {
      worker?.terminate();
      worker = null;
    },
  };
}

/** Connects the search store to Web Workers. */
export function connectWorkerBackend(events: SearchBackendEvents): SearchBackend {
  const search = workerSlot(events);
  const phase = workerSlot(events);
  return {
    start: (runId, space, options) => search.post({ type: 'start', runId, space, options }),
    cancel: () => search.stop(),
    phaseMaps: (runId, kernel) => phase.post({ type: 'phase-maps', runId, kernel }),
    dispose() {
      search.stop();
      phase.stop();
    },
  };
}
