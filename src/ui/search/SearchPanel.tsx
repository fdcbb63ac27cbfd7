// The counterexample explorer panel (issue #6): the search form, Run / Cancel with progress, the
// results per version, the failure patterns and the phase maps. Searches run in a Web Worker
// (workerBackend.ts); this thread only renders the snapshots it posts. Loaded lazily by
// SearchDisclosure.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSearchStore } from '../../state/searchStore';
import { PatternList } from './PatternList';
import { PhaseMaps } from './PhaseMaps';
import { SearchStoreProvider } from './SearchContext';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { SearchRunBar } from './SearchRunBar';
import { connectWorkerBackend } from './workerBackend';
import './search.css';

/** Props of SearchPanel. */
export interface SearchPanelProps {
  /** Called after a layout was loaded into the explorer (the disclosure closes itself). */
  readonly onLoaded: () => void;
}

/** The panel; it owns its search store and workers for as long as it is mounted. */
export default function SearchPanel({ onLoaded }: SearchPanelProps) {
  const { t } = useTranslation('search');
  const [store] = useState(() =>
    createSearchStore({ connect: connectWorkerBackend, now: () => performance.now() }),
  );
  useEffect(() => () => store.getState().dispose(), [store]);
  return (
    <SearchStoreProvider store={store}>
      <section className="search-panel" aria-label={t('panel')}>
        <p className="search-intro">{t('intro')}</p>
        <div className="search-top">
          <SearchForm />
          <SearchRunBar />
        </div>
        <SearchResults onLoaded={onLoaded} />
        <PatternList onLoaded={onLoaded} />
        <PhaseMaps onLoaded={onLoaded} />
      </section>
    </SearchStoreProvider>
  );
}
