// The messages between the page and the counterexample-search worker. The worker is a boundary:
// what comes back is checked for its shape before the store trusts it (a stale or foreign message
// must not crash the panel), and every reply carries the run id it answers, so snapshots of a
// cancelled run that were already in flight are told apart from the new run's. Cancelling is not
// a message: the page terminates the worker, which stops even a chunk in progress.
import type { KernelConfig } from '../../model';
import type { SearchOptions, SearchResult } from '../../model/search';
import type { PhaseMaps } from '../../state/searchStore';

/** Page → worker. */
export type SearchRequest =
  | {
      readonly type: 'start';
      readonly runId: number;
      /** Search space as plain JSON; the worker validates it again (parseSearchSpace). */
      readonly space: unknown;
      readonly options: SearchOptions;
    }
  | { readonly type: 'phase-maps'; readonly runId: number; readonly kernel: KernelConfig };

/** Worker → page. */
export type SearchReply =
  | { readonly type: 'snapshot'; readonly runId: number; readonly result: SearchResult }
  | { readonly type: 'phase-maps'; readonly runId: number; readonly maps: PhaseMaps }
  | { readonly type: 'failed'; readonly runId: number; readonly message: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `data` (a MessageEvent's payload) is a reply this page understands. */
export function isSearchReply(data: unknown): data is SearchReply {
  if (!isRecord(data) || typeof data.runId !== 'number') return false;
  switch (data.type) {
    case 'snapshot':
      return (
        isRecord(data.result) &&
        isRecord(data.result.progress) &&
        isRecord(data.result.versions) &&
        Array.isArray(data.result.patterns) &&
        typeof data.result.done === 'boolean'
      );
    case 'phase-maps':
      return (
        isRecord(data.maps) &&
        isRecord(data.maps.directIo) &&
        isRecord(data.maps.raid) &&
        Array.isArray(data.maps.directIo.cells) &&
        Array.isArray(data.maps.raid.cells)
      );
    case 'failed':
      return typeof data.message === 'string';
    default:
      return false;
  }
}

/** Whether `data` is a request the worker understands (it checks the space itself). */
export function isSearchRequest(data: unknown): data is SearchRequest {
  if (!isRecord(data) || typeof data.runId !== 'number') return false;
  switch (data.type) {
    case 'start':
      return 'space' in data && isRecord(data.options);
    case 'phase-maps':
      return isRecord(data.kernel);
    default:
      return false;
  }
}
