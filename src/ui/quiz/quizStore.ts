// Quiz state, kept apart from the explorer store (which only lends its `stops`): whether quiz mode
// is on, which question set is being scored, and each answer. A small vanilla zustand store, so
// the rules below are plain functions a test can drive without React.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { VersionId } from '../../model';
import type { Grade } from './questions';

/** What the student picked for one question, and how it graded. */
/** A message about the quiz, worded where it is shown: `quiz.reset.*` in the ui namespace. */
export interface QuizNote {
  readonly key: 'quiz.reset.focus' | 'quiz.reset.scenario';
  readonly params?: Readonly<Record<string, string>>;
}

export interface QuizResult {
  readonly slot: number;
  readonly srcOffset: number;
  readonly grade: Grade;
}

/** The quiz state and its actions. */
export interface QuizState {
  readonly enabled: boolean;
  /** questionsKey() of the set being scored; null before the first sync. */
  readonly key: string | null;
  /** The focus the set was built for (to say why a reset happened). */
  readonly focus: VersionId | null;
  /** Answers by question step. */
  readonly results: Readonly<Record<number, QuizResult>>;
  /** Question steps passed without answering. */
  readonly skipped: readonly number[];
  /** Why the score was last reset (a ui-namespace key and its values), shown until the next answer. */
  readonly note: QuizNote | null;
  /** Turns quiz mode on (with a fresh score) or off. */
  setEnabled(enabled: boolean): void;
  /** Records an answer. */
  record(step: number, result: QuizResult): void;
  /** Marks a question skipped (no score either way). */
  skip(step: number): void;
  /** Starts scoring a new question set; a reset that loses answers says why. */
  sync(key: string, focus: VersionId): void;
}

/** The quiz store. */
export type QuizStore = StoreApi<QuizState>;

/** Right answers out of answered questions. */
export function scoreOf(results: Readonly<Record<number, QuizResult>>): {
  readonly right: number;
  readonly answered: number;
} {
  const all = Object.values(results);
  return { right: all.filter((r) => r.grade.correct).length, answered: all.length };
}

/** Creates a quiz store, quiz mode off. */
export function createQuizStore(): QuizStore {
  return createStore<QuizState>()((set, get) => ({
    enabled: false,
    key: null,
    focus: null,
    results: {},
    skipped: [],
    note: null,
    setEnabled: (enabled) => set({ enabled, results: {}, skipped: [], note: null }),
    record: (step, result) => set({ results: { ...get().results, [step]: result }, note: null }),
    skip: (step) => set({ skipped: [...new Set([...get().skipped, step])] }),
    sync: (key, focus) => {
      const s = get();
      if (s.key === key) return;
      const hadProgress = Object.keys(s.results).length > 0 || s.skipped.length > 0;
      // Only a reset the student can notice (quiz on, something answered) deserves a note.
      const note: QuizNote | null =
        s.key === null || !s.enabled || !hadProgress
          ? null
          : s.focus !== focus
            ? { key: 'quiz.reset.focus', params: { focus } }
            : { key: 'quiz.reset.scenario' };
      set({ key, focus, results: {}, skipped: [], note });
    },
  }));
}
