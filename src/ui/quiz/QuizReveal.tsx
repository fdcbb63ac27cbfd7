// After an answer: right or wrong, what the student picked against where the copy really reads,
// the model's own narration of that copy as the explanation, and Continue onto the copy step.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizQuestion } from './questions';
import type { QuizResult } from './quizStore';

/** Props of QuizReveal: the question, the student's result, the explanation and Continue. */
export interface QuizRevealProps {
  readonly question: QuizQuestion;
  readonly result: QuizResult;
  /** The narration of the copy step for the focused version. */
  readonly explanation: string;
  /** Moves focus to Continue (right after Check answer, whose button just went away). */
  readonly focusContinue: boolean;
  readonly onContinue: () => void;
}

/** The revealed answer. */
export function QuizReveal({
  question: q,
  result,
  explanation,
  focusContinue,
  onContinue,
}: QuizRevealProps) {
  const continueRef = useRef<HTMLButtonElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    if (focusContinue) continueRef.current?.focus();
  }, [focusContinue]);
  const { grade } = result;
  const label = (slot: number) => q.grantChoices.find((c) => c.slot === slot)?.label;
  const source = (slot: number, offset: number) => (
    <>
      <code>{label(slot) ?? `grants_used[${slot}]`}</code>
      {t('quiz.atOffset')}
      <code>{offset}</code>
    </>
  );
  const hint = grade.grantRight
    ? t('quiz.hintPage')
    : grade.offsetRight
      ? t('quiz.hintOffset')
      : '';
  return (
    <div className={`quiz-reveal ${grade.correct ? 'is-right' : 'is-wrong'}`}>
      <p className="quiz-verdict">
        <strong>{grade.correct ? t('quiz.rightDot') : t('quiz.notQuiteDot')}</strong>
        {t('quiz.copiesFrom')}
        {source(q.answer.slot, q.answer.srcOffset)}
        {grade.correct ? (
          t('quiz.end')
        ) : (
          <>
            {t('quiz.youPicked')}
            {source(result.slot, result.srcOffset)}
            {hint}
            {t('quiz.end')}
          </>
        )}
      </p>
      <p className="quiz-explanation">{explanation}</p>
      <div className="quiz-buttons">
        <button type="button" className="quiz-primary" ref={continueRef} onClick={onContinue}>
          {t('quiz.continue')}
        </button>
      </div>
    </div>
  );
}
