// The note editor: a labelled textarea with a character count, Save and Cancel. The text is
// checked here (empty, too long) before anything reaches the store, and a refusal is shown
// beside the textarea, which keeps focus so the teacher can fix it.
import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { MAX_NOTE_CHARS, noteTextProblem, type NoteProblem } from './notes';

/** Props of NoteForm: its label, starting text, and what Save and Cancel do. */
export interface NoteFormProps {
  /** The textarea's visible label, e.g. "Note for step 11". */
  readonly label: string;
  readonly initialText?: string;
  /** Saves the text; returns null when saved, else why not (shown in the form). */
  readonly onSave: (text: string) => NoteProblem | null;
  readonly onCancel: () => void;
}

/** A form to write or edit one tour note. */
export function NoteForm({ label, initialText = '', onSave, onCancel }: NoteFormProps) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [problem, setProblem] = useState<NoteProblem | null>(null);
  const length = text.trim().length;
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const error = noteTextProblem(text) ?? onSave(text);
    setProblem(error);
  };
  return (
    <form className="tour-form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={3}
        autoFocus
        aria-invalid={problem !== null}
        aria-describedby={`${id}-count${problem ? ` ${id}-problem` : ''}`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          // Ctrl/⌘+Enter saves, as in most comment boxes; plain Enter is a new line.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      />
      <p
        id={`${id}-count`}
        className={`tour-count${length > MAX_NOTE_CHARS ? ' is-over' : ''}`}
        aria-live="off"
      >
        {t('tour.chars', { length, max: MAX_NOTE_CHARS })}
      </p>
      {problem && (
        <p id={`${id}-problem`} className="tour-problem" role="alert">
          {t(`tour.problems.${problem.key}`, { ...problem.params })}
        </p>
      )}
      <div className="tour-form-buttons">
        <button type="submit" className="tour-primary">
          {t('tour.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('tour.cancel')}
        </button>
      </div>
    </form>
  );
}
