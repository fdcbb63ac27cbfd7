// The "Quiz mode" switch: a toggle button (aria-pressed), so its name stays constant and its
// state is announced as pressed / not pressed.
import { useQuiz, useQuizStore } from './QuizProvider';
import './quiz.css';

/** Turns predict-then-reveal quiz mode on or off. */
export function QuizToggle() {
  const quiz = useQuizStore();
  const enabled = useQuiz((s) => s.enabled);
  return (
    <button
      type="button"
      className="quiz-toggle"
      aria-pressed={enabled}
      title="Stop before each completion copy and predict where the focused version copies from"
      onClick={() => quiz.getState().setEnabled(!enabled)}
    >
      <span className="quiz-toggle-mark" aria-hidden="true">
        {enabled ? '✓' : '?'}
      </span>
      Quiz mode
    </button>
  );
}
