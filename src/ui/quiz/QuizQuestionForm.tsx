// One question: where will the focused version's next memcpy read from? Two radio groups (grant
// page, offset), "Check answer" and "Skip question". Radios own the arrow keys, so the timeline
// shortcuts do not fire while a student moves between choices.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizQuestion } from './questions';
import { targetText } from './QuizPanel';

/** Props of QuizQuestionForm: the question and what Check and Skip do. */
export interface QuizQuestionFormProps {
  readonly question: QuizQuestion;
  /** Called with the picked grants_used[] slot and source offset. */
  readonly onCheck: (slot: number, srcOffset: number) => void;
  readonly onSkip: () => void;
}

/** The question form. */
export function QuizQuestionForm({ question: q, onCheck, onSkip }: QuizQuestionFormProps) {
  const id = useId();
  // A whole-page copy can only start at offset 0: nothing to ask, so it is filled in.
  const onlyOffset = q.offsetChoices.length === 1 ? q.offsetChoices[0]! : null;
  const [slot, setSlot] = useState<number | null>(null);
  const [offset, setOffset] = useState<number | null>(onlyOffset);
  const [missing, setMissing] = useState(false);
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (slot === null || offset === null) setMissing(true);
    else onCheck(slot, offset);
  };
  return (
    <form className="quiz-form" onSubmit={submit} aria-describedby={`${id}-prompt`}>
      <p id={`${id}-prompt`} className="quiz-prompt">
        {t('quiz.promptBefore', { request: q.request })}
        <code>{q.version}</code>
        {t('quiz.promptMiddle', { iteration: q.iteration, length: q.length })}
        <strong>{targetText(q, t)}</strong>
        {t('quiz.promptAfter')}
      </p>
      <div className="quiz-groups">
        <fieldset>
          <legend>{t('quiz.grantPage')}</legend>
          <div className="quiz-choices">
            {q.grantChoices.map((c) => (
              <label key={c.slot}>
                <input
                  type="radio"
                  name={`${id}-grant`}
                  checked={slot === c.slot}
                  onChange={() => setSlot(c.slot)}
                />
                <code>{c.label}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('quiz.offset')}</legend>
          <div className="quiz-choices">
            {onlyOffset !== null ? (
              <p className="quiz-fixed">
                {onlyOffset} <span className="quiz-hint">{t('quiz.wholePage')}</span>
              </p>
            ) : (
              q.offsetChoices.map((o) => (
                <label key={o}>
                  <input
                    type="radio"
                    name={`${id}-offset`}
                    checked={offset === o}
                    onChange={() => setOffset(o)}
                  />
                  <code>{o}</code>
                </label>
              ))
            )}
          </div>
        </fieldset>
      </div>
      {missing && (
        <p className="quiz-problem" role="alert">
          {t('quiz.pickFirst')}
        </p>
      )}
      <div className="quiz-buttons">
        <button type="submit" className="quiz-primary">
          {t('quiz.check')}
        </button>
        <button type="button" onClick={onSkip}>
          {t('quiz.skip')}
        </button>
        <span className="quiz-hint">
          <code>grants_used[i]</code>
          {t('quiz.hintSlot')}
          <code>gref</code>
          {t('quiz.hintGref')}
        </span>
      </div>
    </form>
  );
}
