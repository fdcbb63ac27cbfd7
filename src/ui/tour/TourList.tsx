// Every tour note in step order, each with "Go to step N", Edit and Delete. A note past the end
// of the trace (the scenario changed under it) is listed but cannot be reached. Deleting offers
// Undo instead of asking "are you sure?" first: the common case stays one click.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { NoteForm } from './NoteForm';
import type { IndexedNote, NoteProblem } from './notes';
import type { TourNotesApi } from './useTourNotes';

/** Props of TourList: the notes, the timeline position, and the note actions. */
export interface TourListProps {
  readonly tour: TourNotesApi;
}

/** The list of tour notes with their actions. */
export function TourList({ tour }: TourListProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<IndexedNote | null>(null);
  const [problem, setProblem] = useState<NoteProblem | null>(null);
  const { t } = useTranslation();
  const remove = (n: IndexedNote) => {
    const error = tour.remove(n.index);
    setProblem(error);
    setDeleted(error ? null : n);
  };
  const undo = (n: IndexedNote) => {
    const error = tour.restore(n);
    setProblem(error);
    setDeleted(null);
  };
  return (
    <>
      <p className="tour-status" role="status">
        {deleted && (
          <>
            {t('tour.deleted', { step: deleted.step })}{' '}
            <button type="button" onClick={() => undo(deleted)}>
              {t('tour.undo')}
            </button>
          </>
        )}
        {problem && t(`tour.problems.${problem.key}`, { ...problem.params })}
      </p>
      {tour.notes.length === 0 ? (
        <p className="tour-empty">{t('tour.empty')}</p>
      ) : (
        <ol className="tour-list">
          {tour.notes.map((n) => {
            const past = n.step > tour.lastStep;
            const here = n.step === tour.step;
            return (
              <li
                key={n.index}
                className={here ? 'is-here' : undefined}
                aria-current={here ? 'step' : undefined}
              >
                <span className="tour-list-step">
                  {t('tour.step', { step: n.step })}
                  {past && t('tour.pastEnd')}
                </span>
                {editing === n.index ? (
                  <NoteForm
                    label={t('tour.noteFor', { step: n.step })}
                    initialText={n.text}
                    onSave={(text) => {
                      const error = tour.edit(n.index, text);
                      if (!error) setEditing(null);
                      return error;
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <p className="tour-list-text">{n.text}</p>
                    <div className="tour-list-buttons">
                      <button type="button" disabled={past} onClick={() => tour.goTo(n.step)}>
                        {t('tour.goTo', { step: n.step })}
                      </button>
                      <button
                        type="button"
                        aria-label={t('tour.editLabel', { step: n.step })}
                        onClick={() => setEditing(n.index)}
                      >
                        {t('tour.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('tour.deleteLabel', { step: n.step })}
                        onClick={() => remove(n)}
                      >
                        {t('tour.delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
