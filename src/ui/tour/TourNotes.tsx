// Guided tours (issue #4, item 9): a teacher anchors notes to trace steps; the explorer shows a
// step's notes in a callout under the narration, and a compact bar jumps between noted steps and
// opens the list and editor. Notes live in the scenario JSON, so share links carry them.
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  return (
    <div className="tour">
      {here.length > 0 && <TourCallout notes={here} />}
      <div className="tour-bar">
        <details className="tour-details">
          <summary>{t('tour.summary', { count })}</summary>
          <div className="tour-panel">
            <TourList tour={tour} />
            {adding ? (
              <NoteForm
                label={t('tour.noteFor', { step: tour.step })}
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
                  {t('tour.add')}
                </button>
                {full && t('tour.full', { max: MAX_TOUR_NOTES })}
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
                title={previous === null ? undefined : t('tour.step', { step: previous })}
                onClick={() => previous !== null && tour.goTo(previous)}
              >
                <span aria-hidden="true">‹ </span>
                {t('tour.previous')}
              </button>
              <button
                type="button"
                disabled={next === null}
                title={next === null ? undefined : t('tour.step', { step: next })}
                onClick={() => next !== null && tour.goTo(next)}
              >
                {t('tour.next')}
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
