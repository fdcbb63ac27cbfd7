// "Search counterexamples": a toolbar disclosure whose panel (form, worker plumbing, results, phase
// maps) is a separate chunk fetched the first time it opens. Once opened the panel stays mounted
// while closed, so a running search and its results survive closing and reopening.
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SearchPanel = lazy(() => import('./SearchPanel'));

/** The collapsible counterexample search (no props). */
export function SearchDisclosure() {
  const { t } = useTranslation('search');
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // After "Load in explorer": close the panel so the explorer (now on the counterexample) is what
  // the user sees, and bring the pipeline into view.
  const onLoaded = useCallback(() => {
    if (details.current) {
      details.current.open = false;
      // The button that was clicked is hidden now: keep keyboard focus on the way back in.
      details.current.querySelector('summary')?.focus({ preventScroll: true });
    }
    document
      .querySelector('.explorer-stage')
      ?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, []);
  return (
    <details
      ref={details}
      className="search-disclosure"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('disclosure')}</summary>
      {opened && (
        <Suspense fallback={<p className="search-loading">{t('loading')}</p>}>
          <SearchPanel onLoaded={onLoaded} />
        </Suspense>
      )}
    </details>
  );
}
