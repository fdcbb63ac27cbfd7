// Owns the quiz for the tree below: a quiz store, the questions for the current run and focus,
// and the one effect that keeps the explorer's stops in step with them. The explorer store
// stays quiz-agnostic; it only halts forward motion before the steps it is given.
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { questionsKey, quizQuestions, type QuizQuestion } from './questions';
import { createQuizStore, type QuizState, type QuizStore } from './quizStore';

interface QuizContextValue {
  readonly quiz: QuizStore;
  readonly questions: readonly QuizQuestion[];
}

const NO_QUESTIONS: readonly QuizQuestion[] = [];

const QuizContext = createContext<QuizContextValue | null>(null);

/** Props of QuizProvider: the part of the page that shows the quiz toggle and panel. */
export interface QuizProviderProps {
  readonly children: ReactNode;
}

/** Provides quiz state and keeps the explorer's stops on the open questions. */
export function QuizProvider({ children }: QuizProviderProps) {
  const explorer = useExplorerStore();
  const [quiz] = useState(createQuizStore);
  const sim = useExplorer((s) => s.run.sim);
  const focus = useExplorer((s) => s.focus);
  const enabled = useStore(quiz, (s) => s.enabled);
  // Built only while quiz mode is on: most visitors never turn it on.
  const questions = useMemo(
    () => (enabled ? quizQuestions(sim, focus) : NO_QUESTIONS),
    [enabled, sim, focus],
  );
  const wasEnabled = useRef(false);

  useEffect(() => {
    quiz.getState().sync(questionsKey(questions), focus);
    if (enabled) {
      const { results, skipped } = quiz.getState();
      const open = questions.filter((q) => !(q.step in results) && !skipped.includes(q.step));
      explorer.getState().setStops(open.map((q) => q.step));
    } else if (wasEnabled.current) {
      // Only undo our own stops: with quiz mode never on, the stops are not ours to touch.
      explorer.getState().setStops([]);
    }
    wasEnabled.current = enabled;
  }, [explorer, quiz, questions, focus, enabled]);

  const value = useMemo(() => ({ quiz, questions }), [quiz, questions]);
  return <QuizContext.Provider value={value}>{children}</QuizContext.Provider>;
}

function useQuizContext(): QuizContextValue {
  const value = useContext(QuizContext);
  if (!value) throw new Error('the quiz components must be inside <QuizProvider>');
  return value;
}

/** The quiz store (for actions). */
export const useQuizStore = (): QuizStore => useQuizContext().quiz;

/** The questions for the current run and focus, in step order. */
export const useQuizQuestions = (): readonly QuizQuestion[] => useQuizContext().questions;

/** Subscribes to a slice of the quiz state. */
export function useQuiz<T>(selector: (state: QuizState) => T): T {
  return useStore(useQuizContext().quiz, selector);
}
