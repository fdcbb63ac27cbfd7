// The editor's draft: a small vanilla zustand store per editor, next to the explorer's store.
// Every edit is validated; a valid draft is applied to the explorer at once (loadScenario), an
// invalid one stays here with its issues while the explorer keeps the last valid scenario.
// When the explorer's scenario changes from outside (preset picked, link opened), the draft
// follows it, unless it holds invalid edits the user has not given up on.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseScenario, type ScenarioIssue } from '../../model';
import type { ExplorerStore } from '../../state/explorerStore';
import { groupIssues } from './issuePaths';
import { asArray, asRecord, setAt, type JsonObject, type Path } from './jsonTree';

/** The editor's state and actions. */
export interface DraftState {
  /** The scenario JSON being edited; may be invalid. */
  readonly draft: JsonObject;
  /** Why the draft is invalid; empty when it is valid, and then it is what the explorer shows. */
  readonly issues: readonly ScenarioIssue[];
  /** The same issues by path, for fields to pick theirs. */
  readonly issuesByPath: ReadonlyMap<string, readonly ScenarioIssue[]>;
  /** Index of the op whose form is open. */
  readonly selectedOp: number;
  /** The explorer's scenario changed while the draft had issues; the draft was kept. */
  readonly externalChange: boolean;
  /** Sets the value at `path` (undefined removes it), validates, and applies when valid. */
  set(path: Path, value: unknown): void;
  /** Replaces the whole draft (imports, list edits), optionally opening another op. */
  replace(draft: JsonObject, selectedOp?: number): void;
  /** Opens op `index` in the form. */
  selectOp(index: number): void;
  /** Drops the draft and takes the explorer's current scenario again. */
  discard(): void;
  /** Follows the explorer's scenario from now on; returns the function that stops it. */
  connect(): () => void;
}

/** A draft store bound to one explorer store. */
export type DraftStore = StoreApi<DraftState>;

const NO_ISSUES: readonly ScenarioIssue[] = [];

/** The issues of a draft (none when valid). */
export function draftIssues(draft: JsonObject): readonly ScenarioIssue[] {
  const parsed = parseScenario(draft);
  return parsed.ok ? NO_ISSUES : parsed.error;
}

const clampOp = (draft: JsonObject, index: number) =>
  Math.max(0, Math.min(asArray(draft.ops).length - 1, index));

/** Creates the draft store, seeded from the explorer's current scenario. */
export function createDraftStore(explorer: ExplorerStore): DraftStore {
  const seeded = (json: unknown, selectedOp = 0) => {
    const draft = asRecord(json);
    return {
      draft,
      issues: NO_ISSUES,
      issuesByPath: groupIssues(NO_ISSUES),
      selectedOp: clampOp(draft, selectedOp),
      externalChange: false,
    };
  };

  return createStore<DraftState>()((set, get) => {
    const commit = (draft: JsonObject, selectedOp: number) => {
      let issues = draftIssues(draft);
      // Valid: the explorer shows it now. The draft object itself goes to the store, so the
      // subscription below can tell this change from one made elsewhere.
      if (issues.length === 0 && !explorer.getState().loadScenario(draft, null)) {
        // The model refused a valid file (an assertion): say so here, not in the page banner.
        issues = explorer.getState().loadIssues ?? [{ path: '(simulation)', message: 'failed' }];
        explorer.getState().dismissLoadIssues();
      }
      set({
        draft,
        issues,
        issuesByPath: groupIssues(issues),
        selectedOp: clampOp(draft, selectedOp),
        externalChange: issues.length > 0 && get().externalChange,
      });
    };
    return {
      ...seeded(explorer.getState().scenarioJson),
      set: (path, value) => commit(asRecord(setAt(get().draft, path, value)), get().selectedOp),
      replace: (draft, selectedOp) => commit(draft, selectedOp ?? get().selectedOp),
      selectOp: (index) => set({ selectedOp: clampOp(get().draft, index) }),
      discard: () => set(seeded(explorer.getState().scenarioJson, get().selectedOp)),
      connect: () => {
        // Catch up with anything that happened before the editor was connected.
        if (get().issues.length === 0 && explorer.getState().scenarioJson !== get().draft)
          set(seeded(explorer.getState().scenarioJson));
        return explorer.subscribe((state, prev) => {
          if (state.scenarioJson === prev.scenarioJson || state.scenarioJson === get().draft)
            return;
          if (get().issues.length === 0) set(seeded(state.scenarioJson));
          else set({ externalChange: true });
        });
      },
    };
  });
}
