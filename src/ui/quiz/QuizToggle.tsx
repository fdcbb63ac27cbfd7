// The "Quiz mode" switch: a toggle button (aria-pressed), so its name stays constant and its
// state is announced as pressed / not pressed.
import { useTranslation } from 'react-i18next';
import { useQuiz, useQuizStore } from './QuizProvider';
import './quiz.css';

/** Turns predict-then-reveal quiz mode on or off. */
export function QuizToggle() {
  const quiz = useQuizStore();
  const enabled = useQuiz((s) => s.enabled);
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="quiz-toggle"
      aria-pressed={enabled}
      title={t('quiz.toggleHint')}
      onClick={() => quiz.getState().setEnabled(!enabled)}
    >
      <span className="quiz-toggle-mark" aria-hidden="true">
        {enabled ? '✓' : '?'}
      </span>
      {t('quiz.toggle')}
    </button>
  );
}
