// The counterexample search panel's own small vanilla store: the form as typed, the last valid
// search space, the run's status and latest snapshot, progress samples for rate and ETA, and the
// phase maps. The search itself runs elsewhere (a Web Worker in the app, synchronously in tests),
// behind the SearchBackend interface; this store only starts, cancels and records.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KernelConfig } from '../model';
import {
  spaceSize,
  type PhaseMap,
  type SearchOptions,
  type SearchResult,
  type SearchSpace,
  type SpaceSize,
} from '../model/search';
import type { ProgressSample } from '../viz/searchProgress';
import { trimSamples } from '../viz/searchProgress';
import { DEFAULT_FORM, formToSearch, type FieldIssue, type SearchForm } from './searchForm';

/** The two phase maps the panel draws. */
export interface PhaseMaps {
  readonly directIo: PhaseMap;
  readonly raid: PhaseMap;
}

/** What the backend reports, tagged with the run id it answers. */
export interface SearchBackendEvents {
  snapshot(runId: number, result: SearchResult): void;
  phaseMaps(runId: number, maps: PhaseMaps): void;
  failed(runId: number, message: string): void;
}

/** Where searches run: a Web Worker in the app, a synchronous loop in tests. */
export interface SearchBackend {
  start(runId: number, space: SearchSpace, options: SearchOptions): void;
  /** Stops the run promptly; no more events for it may arrive (stale ones are ignored anyway). */
  cancel(runId: number): void;
  phaseMaps(runId: number, kernel: KernelConfig): void;
  /** Frees the backend (terminates workers). */
  dispose(): void;
}

/** Where a run is. */
export type SearchStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The search panel's state. */
export interface SearchState {
  /** The form as typed (strings), kept even when invalid. */
  readonly form: SearchForm;
  /** Why the form is invalid (empty when valid). */
  readonly issues: readonly FieldIssue[];
  /** The last valid space and options: what Run searches. */
  readonly space: SearchSpace;
  readonly options: SearchOptions;
  readonly size: SpaceSize;
  readonly status: SearchStatus;
  /** The space the shown results are for (counterexamples are loaded against it). */
  readonly ranSpace: SearchSpace | null;
  readonly ranOptions: SearchOptions | null;
  readonly result: SearchResult | null;
  readonly samples: readonly ProgressSample[];
  readonly error: string | null;
  readonly phaseMaps: PhaseMaps | null;
  readonly phaseStatus: 'idle' | 'computing' | 'ready' | 'failed';
  readonly phaseError: string | null;
  setField(field: keyof SearchForm, value: string): void;
  start(): void;
  cancel(): void;
  /** Computes the phase maps for the current kernel what-ifs, unless they are already there. */
  requestPhaseMaps(): void;
  /** Stops everything (the panel unmounts). */
  dispose(): void;
}

/** The store. */
export type SearchStore = StoreApi<SearchState>;

/** How the store reaches its backend and its clock. */
export interface SearchStoreDeps {
  readonly connect: (events: SearchBackendEvents) => SearchBackend;
  /** Milliseconds, for progress samples (performance.now in the app). */
  readonly now: () => number;
}

const sameKernel = (a: KernelConfig, b: KernelConfig) => JSON.stringify(a) === JSON.stringify(b);

/** Creates the search store; the form starts at DEFAULT_FORM (or `form`, e.g. for tests). */
export function createSearchStore(
  deps: SearchStoreDeps,
  form: SearchForm = DEFAULT_FORM,
): SearchStore {
  const first = formToSearch(form);
  if (!first.ok) throw new Error(`the default search form is invalid: ${first.error[0]?.message}`);

  // One sequence for runs and phase-map requests, so a 'failed' reply names exactly one of them.
  let seq = 0;
  let runId = -1;
  let phaseRunId = -1;
  let phaseKernel: KernelConfig | null = null;

  return createStore<SearchState>()((set, get) => {
    const backend = deps.connect({
      snapshot(id, result) {
        if (id !== runId || get().status !== 'running') return;
        const samples = trimSamples([
          ...get().samples,
          { time: deps.now(), checked: result.progress.checked },
        ]);
        set({ result, samples, status: result.done ? 'done' : 'running' });
      },
      phaseMaps(id, maps) {
        if (id !== phaseRunId) return;
        set({ phaseMaps: maps, phaseStatus: 'ready', phaseError: null });
      },
      failed(id, message) {
        if (id === phaseRunId && get().phaseStatus === 'computing') {
          set({ phaseStatus: 'failed', phaseError: message });
          phaseKernel = null;
        } else if (id === runId && get().status === 'running') {
          set({ status: 'failed', error: message });
        }
      },
    });

    return {
      form,
      issues: [],
      space: first.value.space,
      options: first.value.options,
      size: spaceSize(first.value.space),
      status: 'idle',
      ranSpace: null,
      ranOptions: null,
      result: null,
      samples: [],
      error: null,
      phaseMaps: null,
      phaseStatus: 'idle',
      phaseError: null,

      setField(field, value) {
        const next = { ...get().form, [field]: value };
        const parsed = formToSearch(next);
        // An invalid form keeps the last valid space: Run and the size line still use it.
        if (!parsed.ok) set({ form: next, issues: parsed.error });
        else
          set({
            form: next,
            issues: [],
            space: parsed.value.space,
            options: parsed.value.options,
            size: spaceSize(parsed.value.space),
          });
      },
      start() {
        const { status, space, options } = get();
        if (status === 'running') backend.cancel(runId);
        runId = ++seq;
        set({
          status: 'running',
          ranSpace: space,
          ranOptions: options,
          result: null,
          samples: [{ time: deps.now(), checked: 0 }],
          error: null,
        });
        backend.start(runId, space, options);
      },
      cancel() {
        if (get().status !== 'running') return;
        backend.cancel(runId);
        set({ status: 'cancelled' });
      },
      requestPhaseMaps() {
        const { kernel } = get().space;
        if (phaseKernel && sameKernel(phaseKernel, kernel)) return;
        phaseKernel = kernel;
        phaseRunId = ++seq;
        set({ phaseStatus: 'computing', phaseError: null });
        backend.phaseMaps(phaseRunId, kernel);
      },
      dispose() {
        backend.dispose();
        if (get().status === 'running') set({ status: 'cancelled' });
      },
    };
  });
}
