import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID } from '../model';
import { createExplorerStore, DEFAULT_SPEED, SPEEDS } from './explorerStore';

describe('explorer store', () => {
  it('starts on the default preset at step 0, paused', () => {
    const s = createExplorerStore().getState();
    expect(s.presetId).toBe(DEFAULT_PRESET_ID);
    expect([s.step, s.playing, s.speed, s.focus]).toEqual([0, false, DEFAULT_SPEED, '0a8704a51']);
    expect(s.run.sim.steps.length).toBeGreaterThan(10);
  });

  it('clamps the step to the trace and steps back in O(1) (an index)', () => {
    const store = createExplorerStore({ presetId: 'd62-commit-example' });
    const last = store.getState().run.sim.steps.length - 1;
    store.getState().setStep(1e9);
    expect(store.getState().step).toBe(last);
    store.getState().stepForward();
    expect(store.getState().step).toBe(last);
    store.getState().stepBack();
    expect(store.getState().step).toBe(last - 1);
    store.getState().setStep(-5);
    expect(store.getState().step).toBe(0);
    store.getState().setStep(Number.NaN);
    expect(store.getState().step).toBe(0);
  });

  it('stops playing at the end and restarts when played from the end', () => {
    const store = createExplorerStore({ presetId: 'd62-commit-example' });
    const last = store.getState().run.sim.steps.length - 1;
    store.getState().setStep(last - 1);
    store.getState().setPlaying(true);
    store.getState().stepForward();
    expect(store.getState()).toMatchObject({ step: last, playing: false });
    store.getState().togglePlay();
    expect(store.getState()).toMatchObject({ step: 0, playing: true });
  });

  it('moves speed along the list and snaps arbitrary speeds', () => {
    const store = createExplorerStore({ speed: 64 });
    expect(store.getState().speed).toBe(64);
    store.getState().faster();
    expect(store.getState().speed).toBe(64);
    store.getState().slower();
    expect(store.getState().speed).toBe(32);
    store.getState().setSpeed(3);
    expect(SPEEDS).toContain(store.getState().speed);
  });

  it('keeps the last good scenario when a new one is invalid, and says why', () => {
    const store = createExplorerStore({ presetId: 'raid-stripe', step: 5 });
    const before = store.getState().run;
    const ok = store
      .getState()
      .loadScenario({ version: 1, disk: { sectors: 10, content: 'nope' }, ops: [] });
    expect(ok).toBe(false);
    expect(store.getState().run).toBe(before);
    expect(store.getState().step).toBe(5);
    expect(store.getState().loadIssues?.[0]?.path).toBe('disk.content');
    store.getState().dismissLoadIssues();
    expect(store.getState().loadIssues).toBeNull();
  });

  it('loads a preset from the start and forgets the selection', () => {
    const store = createExplorerStore({ presetId: 'raid-stripe', step: 5 });
    store.getState().select({ version: 'b7649158', page: 2, offset: 1024 });
    store.getState().loadPreset('page-aligned');
    expect(store.getState()).toMatchObject({ presetId: 'page-aligned', step: 0, selected: null });
    store.getState().loadPreset('no-such-preset');
    expect(store.getState().presetId).toBe('page-aligned');
    expect(store.getState().loadIssues?.[0]?.message).toMatch(/no preset/);
  });

  it('falls back to the default preset when the initial scenario is invalid', () => {
    const s = createExplorerStore({ scenarioJson: { version: 7 } }).getState();
    expect(s.presetId).toBe(DEFAULT_PRESET_ID);
    expect(s.loadIssues?.[0]?.path).toBe('version');
  });
});

describe('inspecting a byte', () => {
  it('selects it and jumps, paused, to the step that wrote it', () => {
    const store = createExplorerStore({ presetId: 'd62-commit-example' });
    const { sim } = store.getState().run;
    const last = sim.steps.length - 1;
    store.getState().setStep(last - 1);
    store.getState().setPlaying(true);
    store.getState().inspectByte({ version: '0a8704a51', page: 2, offset: 100 });
    const wrote = sim.steps[store.getState().step]!;
    expect(wrote.type).toBe('completion-copy');
    expect(store.getState()).toMatchObject({
      playing: false,
      selected: { version: '0a8704a51', page: 2, offset: 100 },
    });
  });

  it('only selects a byte nothing has written yet', () => {
    const store = createExplorerStore({ presetId: 'd62-commit-example', step: 3 });
    store.getState().inspectByte({ version: 'b7649158', page: 2, offset: 0 });
    expect(store.getState().step).toBe(3);
    expect(store.getState().selected?.page).toBe(2);
  });
});

describe('stops (quiz questions wait there)', () => {
  it('halts forward motion just before a stop until it is cleared', () => {
    const store = createExplorerStore({ presetId: 'd62-commit-example' });
    store.getState().setStops([5, 9]);
    store.getState().setStep(7);
    expect(store.getState().step).toBe(4);
    store.getState().stepForward();
    expect(store.getState().step).toBe(4);
    store.getState().clearStop(5);
    store.getState().stepForward();
    expect(store.getState().step).toBe(5);
    store.getState().goToEnd();
    expect(store.getState().step).toBe(8);
    store.getState().setStep(2);
    expect(store.getState().step).toBe(2);
  });

  it('pauses playback at a stop', () => {
    const store = createExplorerStore({ presetId: 'd62-commit-example' });
    store.getState().setStops([3]);
    store.getState().setPlaying(true);
    store.getState().stepForward();
    store.getState().stepForward();
    store.getState().stepForward();
    expect(store.getState()).toMatchObject({ step: 2, playing: false });
  });
});

describe('updateScenario', () => {
  it('keeps the step when the new scenario only adds notes', () => {
    const store = createExplorerStore({ presetId: 'raid-stripe', step: 12 });
    const json = {
      ...(store.getState().scenarioJson as object),
      notes: [{ step: 12, text: 'look' }],
    };
    expect(store.getState().updateScenario(json)).toBe(true);
    expect(store.getState().step).toBe(12);
    expect(store.getState().run.sim.scenario.notes).toEqual([{ step: 12, text: 'look' }]);
  });
});
