// The quiz region (issue #4, item 10). With quiz mode on, the explorer halts just before each
// completion copy of the focused version; while it waits (step = question - 1, stop still set)
// this asks where the copy reads from, then reveals, scores, and lets the student continue onto
// the copy. Between questions it shows the score and how many questions are left.
import type { TFunction } from 'i18next';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrationText } from '../../i18n/narration';
import { narrationMessage } from '../../model/narration';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { grade, type QuizQuestion } from './questions';
import { useQuiz, useQuizQuestions, useQuizStore } from './QuizProvider';
import { QuizQuestionForm } from './QuizQuestionForm';
import { QuizReveal } from './QuizReveal';
import { scoreOf, type QuizResult } from './quizStore';
import './quiz.css';

/** A question's target ("bio_vec 1 (P2, 0, 512)") in the interface language. */
export function targetText(q: QuizQuestion, t: TFunction): string {
  const { kind, index, extent } = q.targetParts;
  return t(kind === 'bvec' ? 'quiz.targetBvec' : 'quiz.targetEntry', { index, extent });
}

/** What the live status says about the question at hand. */
function statusText(
  q: QuizQuestion | null,
  result: QuizResult | undefined,
  score: string,
  t: TFunction,
) {
  if (!q) return '';
  if (!result)
    return t('quiz.statusAsk', { step: q.step, version: q.version, target: targetText(q, t) });
  const label =
    q.grantChoices.find((c) => c.slot === q.answer.slot)?.label ?? `grants_used[${q.answer.slot}]`;
  return t('quiz.statusAnswer', {
    verdict: result.grade.correct ? t('quiz.right') : t('quiz.notQuite'),
    source: t('quiz.source', { label, offset: q.answer.srcOffset }),
    score,
  });
}

/** What the quiz says between questions. */
function idleText(all: number, open: number, ahead: number, version: string, t: TFunction) {
  if (all === 0) return t('quiz.idleNone', { version });
  if (open === 0) return t('quiz.idleAllDone', { n: all, version });
  if (ahead === 0) return t(open === 1 ? 'quiz.idleOpenOne' : 'quiz.idleOpenMany', { n: open });
  return t(ahead === 1 ? 'quiz.aheadOne' : 'quiz.aheadMany', { n: ahead, version });
}

/** The quiz question, reveal and score (renders nothing while quiz mode is off). */
export function QuizPanel() {
  const explorer = useExplorerStore();
  const quiz = useQuizStore();
  const questions = useQuizQuestions();
  const enabled = useQuiz((s) => s.enabled);
  const results = useQuiz((s) => s.results);
  const skipped = useQuiz((s) => s.skipped);
  const note = useQuiz((s) => s.note);
  const sim = useExplorer((s) => s.run.sim);
  const step = useExplorer((s) => s.step);
  const stops = useExplorer((s) => s.stops);
  const version = useExplorer((s) => s.focus);
  const regionRef = useRef<HTMLElement>(null);
  const [justChecked, setJustChecked] = useState<number | null>(null);
  const { t } = useTranslation();

  const upcoming = questions.find((q) => q.step === step + 1) ?? null;
  const result = upcoming ? results[upcoming.step] : undefined;
  const waiting = upcoming !== null && !result && stops.includes(upcoming.step);
  const question = waiting || result ? upcoming : null;
  const explanation = useNarrationText()(
    useMemo(
      () => (question && result ? narrationMessage(sim, question.step, question.version) : null),
      [sim, question, result],
    ),
  );
  if (!enabled) return null;

  const { right, answered } = scoreOf(results);
  const score = t('quiz.score', { right, answered });
  const open = questions.filter((q) => !(q.step in results) && !skipped.includes(q.step));
  const ahead = open.filter((q) => q.step > step);
  // A question is answered from the step before it; going back is never limited by stops.
  const goTo = (q: QuizQuestion | undefined) => {
    if (!q) return;
    explorer.getState().setPlaying(false);
    explorer.getState().setStep(q.step - 1);
    regionRef.current?.focus();
  };

  const check = (q: QuizQuestion, slot: number, srcOffset: number) => {
    quiz.getState().record(q.step, { slot, srcOffset, grade: grade(q, slot, srcOffset) });
    explorer.getState().clearStop(q.step);
    setJustChecked(q.step);
  };
  const skip = (q: QuizQuestion) => {
    quiz.getState().skip(q.step);
    explorer.getState().clearStop(q.step);
    regionRef.current?.focus();
  };
  const continueOnto = () => {
    setJustChecked(null);
    explorer.getState().setPlaying(false);
    explorer.getState().stepForward();
    // The reveal goes away; keep keyboard focus in the quiz, where the next question may appear.
    regionRef.current?.focus();
  };
  return (
    <section className="quiz" aria-label={t('quiz.region')} ref={regionRef} tabIndex={-1}>
      <header className="quiz-header">
        <h2 className="quiz-title">{t('quiz.title')}</h2>
        <p className="quiz-score">{score}</p>
      </header>
      {note && <p className="quiz-note">{t(note.key, { ...note.params })}</p>}
      {question && result ? (
        <QuizReveal
          question={question}
          result={result}
          explanation={explanation}
          focusContinue={justChecked === question.step}
          onContinue={continueOnto}
        />
      ) : question ? (
        <QuizQuestionForm
          key={question.step}
          question={question}
          onCheck={(slot, offset) => check(question, slot, offset)}
          onSkip={() => skip(question)}
        />
      ) : (
        <p className="quiz-idle">
          {idleText(questions.length, open.length, ahead.length, version, t)}{' '}
          {upcoming && skipped.includes(upcoming.step) && t('quiz.skippedNext')}
          {ahead.length > 0 ? (
            <button type="button" onClick={() => goTo(ahead[0])}>
              {t('quiz.nextQuestion')}
            </button>
          ) : (
            open.length > 0 && (
              <button type="button" onClick={() => goTo(open[0])}>
                {t('quiz.firstOpen')}
              </button>
            )
          )}
        </p>
      )}
      <p className="quiz-live" role="status">
        {statusText(question, result, score, t)}
      </p>
    </section>
  );
}
