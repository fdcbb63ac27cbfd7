// The search store against a fake backend that runs the real SearchRun in deferred chunks (what
// the worker does, minus the thread), so statuses, stale-event handling and results are checked
// with the real engine's numbers.
import { describe, expect, it } from 'vitest';
import type { KernelConfig } from '../model';
import { SearchRun, spaceSize, type SearchOptions, type SearchSpace } from '../model/search';
import { DEFAULT_FORM } from './searchForm';
import {
  createSearchStore,
  type PhaseMaps,
  type SearchBackend,
  type SearchBackendEvents,
} from './searchStore';

/** A backend whose runs advance one chunk per `turn()`, like a worker between messages. */
function fakeBackend(chunk = 5000) {
  let events!: SearchBackendEvents;
  let runs: { id: number; run: SearchRun }[] = [];
  const phaseCalls: { id: number; kernel: KernelConfig }[] = [];
  const backend: SearchBackend = {
    start: (id: number, space: SearchSpace, options: SearchOptions) =>
      runs.push({ id, run: new SearchRun(space, options) }),
    cancel: () => (runs = []),
    phaseMaps: (id, kernel) => phaseCalls.push({ id, kernel }),
    dispose: () => (runs = []),
  };
  return {
    connect: (e: SearchBackendEvents) => ((events = e), backend),
    get events() {
      return events;
    },
    phaseCalls,
    /** One chunk of every live run; returns whether any is still going. */
    turn() {
      for (const r of runs) {
        const result = r.run.step(chunk);
        events.snapshot(r.id, result);
        if (result.done) runs = runs.filter((x) => x !== r);
      }
      return runs.length > 0;
    },
  };
}

const setup = (form = DEFAULT_FORM) => {
  const fake = fakeBackend();
  let clock = 0;
  const store = createSearchStore({ connect: fake.connect, now: () => (clock += 100) }, form);
  return { fake, store };
};
const SMALL = { ...DEFAULT_FORM, pages: '2', maxBvecs: '3' };

describe('search store: form', () => {
  it('starts from a valid default space, sized by the engine', () => {
    const { store } = setup();
    const s = store.getState();
    expect(s.issues).toEqual([]);
    expect(s.space).toMatchObject({ pages: 3, maxBvecs: 3, granularity: 512, contiguity: 'none' });
    expect(s.size).toEqual(spaceSize(s.space));
    expect(s.options.mode).toBe('exhaustive');
    expect(s.status).toBe('idle');
  });

  it('names the field and rule of an invalid value and keeps the last valid space', () => {
    const { store } = setup();
    const before = store.getState().space;
    store.getState().setField('pages', '17');
    let s = store.getState();
    expect(s.form.pages).toBe('17');
    // The English message (what the CLI says) and the rule as data (what the UI translates).
    expect(s.issues).toEqual([
      {
        field: 'pages',
        message: 'must be at most 16',
        rule: { source: 'search', id: 'atMost', params: { max: 16 } },
      },
    ]);
    expect(s.space).toBe(before);

    store.getState().setField('pages', '2');
    store.getState().setField('granularity', '1536');
    s = store.getState();
    expect(s.issues).toEqual([
      {
        field: 'granularity',
        message: 'must divide kernel.pageSize (4096) so bio_vecs tile a page',
        rule: { source: 'search', id: 'granularityDividesPage', params: { pageSize: 4096 } },
      },
    ]);
    // The pages edit before it was valid and took effect.
    expect(s.space.pages).toBe(2);

    store.getState().setField('granularity', '1024');
    expect(store.getState().issues).toEqual([]);
    expect(store.getState().space).toMatchObject({ pages: 2, granularity: 1024 });
  });

  it('passes kernel what-ifs through the scenario validator', () => {
    const { store } = setup();
    store.getState().setField('maxSegments', '300');
    expect(store.getState().issues.map((i) => i.field)).toEqual(['maxSegments']);
    store.getState().setField('maxSegments', '4');
    expect(store.getState().space.kernel.maxSegments).toBe(4);
  });
});

describe('search store: runs', () => {
  it('runs to the end and holds exactly the engine’s result', () => {
    const { store, fake } = setup(SMALL);
    store.getState().start();
    expect(store.getState().status).toBe('running');
    while (fake.turn());
    const s = store.getState();
    expect(s.status).toBe('done');
    const expected = new SearchRun(s.space, s.options).runToEnd();
    expect(s.result).toEqual(expected);
    expect(s.ranSpace).toEqual(s.space);
    // Progress samples, newest last, for rate and ETA.
    expect(s.samples.at(-1)?.checked).toBe(expected.progress.checked);
  });

  it('cancels: status says so, the partial result stays, late snapshots are ignored', () => {
    const { store, fake } = setup(SMALL);
    store.getState().start();
    fake.turn();
    const partial = store.getState().result!;
    expect(partial.done).toBe(false);
    store.getState().cancel();
    expect(store.getState().status).toBe('cancelled');
    // A snapshot that was already in flight when the worker was terminated.
    fake.events.snapshot(1, { ...partial, progress: { ...partial.progress, checked: 1e9 } });
    expect(store.getState().result).toBe(partial);
    expect(fake.turn()).toBe(false);

    // And it can run again, from the start.
    store.getState().start();
    expect(store.getState()).toMatchObject({ status: 'running', result: null });
    while (fake.turn());
    expect(store.getState().status).toBe('done');
  });

  it('restarting while running drops the first run’s events', () => {
    const { store, fake } = setup(SMALL);
    store.getState().start();
    fake.turn();
    store.getState().start();
    fake.events.failed(1, 'from the first run');
    expect(store.getState().status).toBe('running');
    while (fake.turn());
    expect(store.getState().status).toBe('done');
  });

  it('reports a failed run with its message', () => {
    const { store, fake } = setup(SMALL);
    store.getState().start();
    fake.events.failed(1, 'the search failed: boom');
    expect(store.getState()).toMatchObject({
      status: 'failed',
      error: 'the search failed: boom',
    });
  });
});

describe('search store: phase maps', () => {
  it('asks once per kernel and keeps phase-map failures apart from runs', () => {
    const { store, fake } = setup(SMALL);
    store.getState().requestPhaseMaps();
    store.getState().requestPhaseMaps();
    expect(fake.phaseCalls).toHaveLength(1);
    expect(store.getState().phaseStatus).toBe('computing');
    const maps = { directIo: { cells: [] }, raid: { cells: [] } } as unknown as PhaseMaps;
    fake.events.phaseMaps(fake.phaseCalls[0]!.id, maps);
    expect(store.getState()).toMatchObject({ phaseStatus: 'ready', phaseMaps: maps });

    store.getState().setField('maxSegments', '4');
    store.getState().requestPhaseMaps();
    expect(fake.phaseCalls).toHaveLength(2);
    expect(fake.phaseCalls[1]!.kernel.maxSegments).toBe(4);
    store.getState().start();
    fake.events.failed(fake.phaseCalls[1]!.id, 'the phase maps failed: boom');
    expect(store.getState()).toMatchObject({ phaseStatus: 'failed', status: 'running' });
  });
});
