// The explorer's one vanilla zustand store, made of slices. It holds what the user controls
// (scenario, step, playing, speed, version focus, selected byte) and the memoised model run;
// animation ticks stay in components. Actions clamp their inputs, so no caller can put the
// store in an impossible state.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_PRESET_ID, PRESETS, type VersionId } from '../model';
import type { ScenarioIssue } from '../model';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { runScenario, type ExplorerRun } from './scenarioRun';

/** Playback speeds in steps per second, slowest first ("+" / "−" move along this list). */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 8, 16, 32, 64];
/** The speed the explorer starts at. */
export const DEFAULT_SPEED = 2;

/** A byte of a process page on one version's lane, picked in the hex view. */
export interface ByteSelection {
  readonly version: VersionId | 'oracle';
  readonly page: number;
  readonly offset: number;
}

/** The scenario being explored. */
export interface ScenarioSlice {
  /** Preset id when the scenario is a preset, else null. */
  readonly presetId: string | null;
  /** The scenario's JSON as the user gave it. */
  readonly scenarioJson: unknown;
  /** The last good run (the explorer always shows one). */
  readonly run: ExplorerRun;
  /** Why the last scenario the user tried could not be loaded (the previous one stays). */
  readonly loadIssues: readonly ScenarioIssue[] | null;
  loadPreset(id: string): void;
  loadScenario(json: unknown, presetId?: string | null): boolean;
  /**
   * Replaces the scenario but keeps the step, playback and selection where they can stay (for
   * edits that do not change the I/O, such as tour notes). False, with loadIssues, if invalid.
   */
  updateScenario(json: unknown): boolean;
  dismissLoadIssues(): void;
}

/** The step cursor and playback. */
export interface PlaybackSlice {
  readonly step: number;
  readonly playing: boolean;
  readonly speed: number;
  setStep(step: number): void;
  stepForward(): void;
  stepBack(): void;
  goToStart(): void;
  goToEnd(): void;
  togglePlay(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  faster(): void;
  slower(): void;
}

/** Steps that forward motion may not reach until cleared (quiz questions wait there). */
export interface StopsSlice {
  /** Sorted step indices; moving forward halts on the step just before the first one ahead. */
  readonly stops: readonly number[];
  setStops(steps: readonly number[]): void;
  clearStop(step: number): void;
}

/** How the page is presented. */
export type ViewMode = 'full' | 'embed' | 'present';

/** Full explorer, minimal embed chrome, or presentation (large type, keyboard only). */
export interface ModeSlice {
  readonly mode: ViewMode;
  setMode(mode: ViewMode): void;
}

/** Which version's lane is enlarged and drives the code pane. */
export interface FocusSlice {
  readonly focus: VersionId;
  setFocus(v: VersionId): void;
}

/** The byte whose provenance is shown. */
export interface SelectionSlice {
  readonly selected: ByteSelection | null;
  select(selection: ByteSelection | null): void;
  /** Selects a byte and moves the timeline (paused) to the step that wrote it, if any. */
  inspectByte(selection: ByteSelection): void;
}

/** The interface language (src/i18n renders in it; links carry it as `lang=`). */
export interface LanguageSlice {
  readonly language: Language;
  setLanguage(language: Language): void;
}

/** The whole explorer state. */
export type ExplorerState = ScenarioSlice &
  PlaybackSlice &
  FocusSlice &
  SelectionSlice &
  StopsSlice &
  ModeSlice &
  LanguageSlice;
/** The store. */
export type ExplorerStore = StoreApi<ExplorerState>;

/** What the app starts from; anything missing falls back to the default preset at step 0. */
export interface InitialExplorerState {
  readonly presetId?: string;
  readonly scenarioJson?: unknown;
  readonly step?: number;
  readonly focus?: VersionId;
  readonly speed?: number;
  readonly mode?: ViewMode;
  readonly language?: Language;
}

const lastStep = (run: ExplorerRun) => Math.max(0, run.sim.steps.length - 1);
const clampStep = (run: ExplorerRun, step: number) =>
  Math.min(lastStep(run), Math.max(0, Number.isFinite(step) ? Math.round(step) : 0));
/** The furthest step a forward move from `from` towards `to` may reach, given the stops. */
export function forwardLimit(stops: readonly number[], from: number, to: number): number {
  if (to <= from) return to;
  const next = stops.find((k) => k > from);
  return next === undefined || next > to ? to : Math.max(from, next - 1);
}

const nearestSpeed = (speed: number) =>
  SPEEDS.reduce(
    (best, s) => (Math.abs(s - speed) < Math.abs(best - speed) ? s : best),
    DEFAULT_SPEED,
  );

function defaultPresetRun(): { presetId: string; json: unknown; run: ExplorerRun } {
  const preset = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID) ?? PRESETS[0]!;
  const run = runScenario(preset.json);
  if (!run.ok) throw new Error(`the default preset ${preset.id} is invalid`);
  return { presetId: preset.id, json: preset.json, run: run.value };
}

/** Creates the explorer store. */
export function createExplorerStore(initial: InitialExplorerState = {}): ExplorerStore {
  const fallback = defaultPresetRun();
  let start = fallback;
  let loadIssues: readonly ScenarioIssue[] | null = null;
  const preset = initial.presetId ? PRESETS.find((p) => p.id === initial.presetId) : undefined;
  const json = initial.scenarioJson ?? preset?.json;
  if (json !== undefined) {
    const run = runScenario(json);
    if (run.ok)
      start = { presetId: preset?.id ?? (null as unknown as string), json, run: run.value };
    else loadIssues = run.error;
  }

  return createStore<ExplorerState>()((set, get) => ({
    presetId: start.presetId,
    scenarioJson: start.json,
    run: start.run,
    loadIssues,
    step: clampStep(start.run, initial.step ?? 0),
    playing: false,
    speed: nearestSpeed(initial.speed ?? DEFAULT_SPEED),
    focus: initial.focus ?? '0a8704a51',
    selected: null,

    loadPreset(id) {
      const p = PRESETS.find((x) => x.id === id);
      if (!p) {
        set({ loadIssues: [{ path: 'preset', message: `no preset named "${id}"` }] });
        return;
      }
      get().loadScenario(p.json, p.id);
    },
    loadScenario(scenarioJson, presetId = null) {
      const run = runScenario(scenarioJson);
      if (!run.ok) {
        set({ loadIssues: run.error });
        return false;
      }
      set({
        presetId,
        scenarioJson,
        run: run.value,
        loadIssues: null,
        step: 0,
        playing: false,
        selected: null,
      });
      return true;
    },
    updateScenario(scenarioJson) {
      const run = runScenario(scenarioJson);
      if (!run.ok) {
        set({ loadIssues: run.error });
        return false;
      }
      set({
        scenarioJson,
        run: run.value,
        loadIssues: null,
        step: clampStep(run.value, get().step),
      });
      return true;
    },
    dismissLoadIssues: () => set({ loadIssues: null }),

    setStep: (target) => {
      const { run, step, stops, playing } = get();
      const wanted = clampStep(run, target);
      const next = forwardLimit(stops, step, wanted);
      set({ step: next, playing: playing && next === wanted });
    },
    stepForward: () => {
      const { step, run, stops, playing } = get();
      const wanted = clampStep(run, step + 1);
      const next = forwardLimit(stops, step, wanted);
      set({ step: next, playing: playing && next === wanted && next < lastStep(run) });
    },
    stepBack: () => set({ step: clampStep(get().run, get().step - 1), playing: false }),
    goToStart: () => set({ step: 0, playing: false }),
    goToEnd: () => {
      const { run, step, stops } = get();
      set({ step: forwardLimit(stops, step, lastStep(run)), playing: false });
    },
    togglePlay: () => get().setPlaying(!get().playing),
    setPlaying: (playing) => {
      const { step, run } = get();
      // Playing from the end restarts, as media players do.
      if (playing && step >= lastStep(run)) set({ step: 0 });
      set({ playing });
    },
    setSpeed: (speed) => set({ speed: nearestSpeed(speed) }),
    faster: () =>
      set({ speed: SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(get().speed) + 1)]! }),
    slower: () => set({ speed: SPEEDS[Math.max(0, SPEEDS.indexOf(get().speed) - 1)]! }),

    setFocus: (focus) => set({ focus }),
    stops: [],
    setStops: (steps) => set({ stops: [...new Set(steps)].sort((a, b) => a - b) }),
    clearStop: (step) => set({ stops: get().stops.filter((k) => k !== step) }),
    mode: initial.mode ?? 'full',
    setMode: (mode) => set({ mode }),
    language: initial.language ?? DEFAULT_LANGUAGE,
    setLanguage: (language) => set({ language }),
    select: (selected) => set({ selected }),
    inspectByte: (selected) => {
      const { run, step } = get();
      const cell = Math.floor(selected.offset / 512);
      const { writtenAt } = run.sim.lanes[selected.version].at('memory', selected.page, cell, step);
      set(writtenAt === null ? { selected } : { selected, step: writtenAt, playing: false });
    },
  }));
}

/** Selectors at module scope, so components subscribe to exactly what they render. */
export const selectSim = (s: ExplorerState) => s.run.sim;
export const selectStep = (s: ExplorerState) => s.step;
export const selectCurrentStep = (s: ExplorerState) => s.run.sim.steps[s.step]!;
export const selectStepCount = (s: ExplorerState) => s.run.sim.steps.length;
export const selectFocus = (s: ExplorerState) => s.focus;
export const selectDivergence = (s: ExplorerState) => s.run.divergence;
