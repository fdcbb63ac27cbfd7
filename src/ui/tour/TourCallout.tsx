// The teacher's note for the current step, set apart from the narration above it so a class sees
// at once that this is commentary, not the model speaking. Plain text only: notes arrive in shared
// links from anyone, so they are never interpreted as markup.
import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import type { IndexedNote } from './notes';

/** Props of TourCallout: the notes anchored at the current step (at least one). */
export interface TourCalloutProps {
  readonly notes: readonly IndexedNote[];
}

/** The "Teacher's note" callout. */
export function TourCallout({ notes }: TourCalloutProps) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <aside className="tour-callout" role="note" aria-labelledby={id}>
      <h2 id={id} className="tour-callout-title">
        {t('tour.callout')}
        {notes.length > 1 && <span className="tour-callout-count"> ({notes.length})</span>}
      </h2>
      {notes.map((n) => (
        <p key={n.index} className="tour-callout-text">
          {n.text}
        </p>
      ))}
    </aside>
  );
}
