// Every tour note in step order, each with "Go to step N", Edit and Delete. A note past the end
// of the trace (the scenario changed under it) is listed but cannot be reached. Deleting offers
// Undo instead of asking "are you sure?" first: the common case stays one click.
import { useState } from 'react';
import { NoteForm } from './NoteForm';
import type { IndexedNote } from './notes';
import type { TourNotesApi } from './useTourNotes';

/** Props of TourList: the notes, the timeline position, and the note actions. */
export interface TourListProps {
  readonly tour: TourNotesApi;
}

/** The list of tour notes with their actions. */
export function TourList({ tour }: TourListProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<IndexedNote | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
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
            Deleted the note at step {deleted.step}.{' '}
            <button type="button" onClick={() => undo(deleted)}>
              Undo
            </button>
          </>
        )}
        {problem}
      </p>
      {tour.notes.length === 0 ? (
        <p className="tour-empty">No notes yet. Go to a step and add one to build a tour.</p>
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
                  Step {n.step}
                  {past && ' (past the end)'}
                </span>
                {editing === n.index ? (
                  <NoteForm
                    label={`Note for step ${n.step}`}
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
                        Go to step {n.step}
                      </button>
                      <button
                        type="button"
                        aria-label={`Edit note at step ${n.step}`}
                        onClick={() => setEditing(n.index)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete note at step ${n.step}`}
                        onClick={() => remove(n)}
                      >
                        Delete
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
