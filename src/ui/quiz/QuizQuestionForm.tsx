// One question: where will the focused version's next memcpy read from? Two radio groups (grant
// page, offset), "Check answer" and "Skip question". Radios own the arrow keys, so the timeline
// shortcuts do not fire while a student moves between choices.
import { useId, useState, type FormEvent } from 'react';
import type { QuizQuestion } from './questions';

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
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (slot === null || offset === null) setMissing(true);
    else onCheck(slot, offset);
  };
  return (
    <form className="quiz-form" onSubmit={submit} aria-describedby={`${id}-prompt`}>
      <p id={`${id}-prompt`} className="quiz-prompt">
        Request {q.request}: <code>{q.version}</code>&rsquo;s completion loop (iteration{' '}
        {q.iteration}) is about to copy {q.length} bytes into <strong>{q.target}</strong>. Where
        does it copy them from?
      </p>
      <div className="quiz-groups">
        <fieldset>
          <legend>Grant page</legend>
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
          <legend>Offset</legend>
          <div className="quiz-choices">
            {onlyOffset !== null ? (
              <p className="quiz-fixed">
                {onlyOffset} <span className="quiz-hint">(a whole page: always offset 0)</span>
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
          Pick a grant page and an offset first.
        </p>
      )}
      <div className="quiz-buttons">
        <button type="submit" className="quiz-primary">
          Check answer
        </button>
        <button type="button" onClick={onSkip}>
          Skip question
        </button>
        <span className="quiz-hint">
          <code>grants_used[i]</code>: the request&rsquo;s i-th grant slot (ring segment i);{' '}
          <code>gref</code>: that grant page&rsquo;s pool id, as in the pipeline.
        </span>
      </div>
    </form>
  );
}
