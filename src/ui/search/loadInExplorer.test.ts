import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model';
import {
  describeCounterexample,
  parseSearchSpace,
  counterexampleScenario,
} from '../../model/search';
import { pageIndex } from '../../model/units';
import { createExplorerStore } from '../../state/explorerStore';
import { loadInExplorer, stepToOpen } from './loadInExplorer';

const space = parseSearchSpace({ pages: 2, maxBvecs: 3 });
if (!space.ok) throw new Error('test space is invalid');
// d62f69185's failure on a new page whose offset goes forward: (P0,0,512) (P1,512,512).
const example = describeCounterexample(
  [
    { page: pageIndex(0), offset: 0, length: 512 },
    { page: pageIndex(1), offset: 512, length: 512 },
  ],
  'd62f69185',
  space.value,
);
const scenario = counterexampleScenario(example, space.value);

describe('loadInExplorer', () => {
  it('loads the layout, focuses the version and stops at its first misdirected copy', () => {
    const store = createExplorerStore();
    expect(loadInExplorer(store, scenario, 'd62f69185')).toBe(true);
    const s = store.getState();
    expect(s.focus).toBe('d62f69185');
    expect(s.presetId).toBeNull();
    const step = s.run.sim.steps[s.step]!;
    expect(step.type).toBe('completion-copy');
    if (step.type !== 'completion-copy') return;
    const lane = step.lanes.d62f69185;
    expect(lane.kind === 'copy' && lane.misdirectedBytes).toBe(512);
    // It is the first such copy: no earlier step misdirects for this version.
    for (const earlier of s.run.sim.steps.slice(0, s.step))
      if (earlier.type === 'completion-copy') {
        const l = earlier.lanes.d62f69185;
        expect(l.kind === 'copy' ? l.misdirectedBytes : 0).toBe(0);
      }
  });

  it('opens a layout the version gets right at the first copy of its last request', () => {
    const store = createExplorerStore();
    loadInExplorer(store, scenario, 'b7649158');
    const { run, step } = store.getState();
    expect(step).toBe(stepToOpen(run.sim, 'b7649158'));
    const at = run.sim.steps[step]!;
    expect(at.type === 'completion-copy' && at.iteration).toBe(0);
    expect(at.after.request).toBe(run.sim.requests.length - 1);
  });

  it('keeps the explorer as it was when the scenario does not load', () => {
    const store = createExplorerStore({ presetId: PRESETS[0]!.id });
    const before = store.getState().run;
    expect(loadInExplorer(store, { version: 1, ops: 'nope' }, 'd62f69185')).toBe(false);
    expect(store.getState().run).toBe(before);
    expect(store.getState().focus).toBe('0a8704a51');
    expect(store.getState().loadIssues?.length).toBeGreaterThan(0);
  });
});
