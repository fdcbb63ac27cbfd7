// Guided tours (issue #4, item 9): a teacher anchors notes to trace steps; the explorer shows a
// step's notes in a callout under the narration, and a compact bar jumps between noted steps and
// opens the list and editor. Notes live in the scenario JSON, so share links carry them.
import { useState, type ReactNode } from 'react';
import { NoteForm } from './NoteForm';
import { MAX_TOUR_NOTES, nextNotedStep, notesAtStep, previousNotedStep } from './notes';
import { TourCallout } from './TourCallout';
import { TourList } from './TourList';
import { useTourNotes } from './useTourNotes';
import './tour.css';

/** Props of TourNotes (all optional). */
export interface TourNotesProps {
  /** Extra controls at the end of the tour bar, e.g. the quiz toggle: one row of teaching tools. */
  readonly actions?: ReactNode;
}

/** Tour notes: the callout for the current step, note navigation, and the note editor. */
export function TourNotes({ actions }: TourNotesProps = {}) {
  const tour = useTourNotes();
  const [adding, setAdding] = useState(false);
  const here = notesAtStep(tour.notes, tour.step);
  const previous = previousNotedStep(tour.notes, tour.step);
  const next = nextNotedStep(tour.notes, tour.step, tour.lastStep);
  const count = tour.notes.length;
  const full = count >= MAX_TOUR_NOTES;
  return (
    <div className="tour">
      {here.length > 0 && <TourCallout notes={here} />}
      <div className="tour-bar">
        <details className="tour-details">
          <summary>
            Tour ({count} {count === 1 ? 'note' : 'notes'})
          </summary>
          <div className="tour-panel">
            <TourList tour={tour} />
            {adding ? (
              <NoteForm
                label={`Note for step ${tour.step}`}
                onSave={(text) => {
                  const error = tour.add(text);
                  if (!error) setAdding(false);
                  return error;
                }}
                onCancel={() => setAdding(false)}
              />
            ) : (
              <p className="tour-add">
                <button type="button" disabled={full} onClick={() => setAdding(true)}>
                  Add a note at this step
                </button>
                {full && ` A scenario can carry at most ${MAX_TOUR_NOTES} notes.`}
              </p>
            )}
          </div>
        </details>
        <div className="tour-nav">
          {count > 0 && (
            <>
              <button
                type="button"
                disabled={previous === null}
                title={previous === null ? undefined : `Step ${previous}`}
                onClick={() => previous !== null && tour.goTo(previous)}
              >
                <span aria-hidden="true">‹ </span>
                Previous note
              </button>
              <button
                type="button"
                disabled={next === null}
                title={next === null ? undefined : `Step ${next}`}
                onClick={() => next !== null && tour.goTo(next)}
              >
                Next note
                <span aria-hidden="true"> ›</span>
              </button>
            </>
          )}
          {actions}
        </div>
      </div>
    </div>
  );
}
