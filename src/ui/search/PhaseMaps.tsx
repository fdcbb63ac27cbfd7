// The two phase maps (computed in a worker the first time this section renders, and again when
// the kernel what-ifs change): O_DIRECT buffer page offset × read length, and a RAID stripe's
// user buffer offset × length.
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch, useSearchStore } from './SearchContext';
import { PhaseMapFigure } from './PhaseMapFigure';

/** The phase maps section. */
export function PhaseMaps({ onLoaded }: { readonly onLoaded: () => void }) {
  const store = useSearchStore();
  const headingId = useId();
  const { t } = useTranslation('search');
  const kernel = useSearch((s) => s.space.kernel);
  const maps = useSearch((s) => s.phaseMaps);
  const status = useSearch((s) => s.phaseStatus);
  const error = useSearch((s) => s.phaseError);
  useEffect(() => store.getState().requestPhaseMaps(), [store, kernel]);
  return (
    <section className="search-phase" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('phase.heading')}</h2>
      <p className="search-note">{t('phase.note')}</p>
      {status === 'computing' && <p className="search-loading">{t('phase.computing')}</p>}
      {status === 'failed' && (
        <p className="search-error" role="alert">
          {error}
        </p>
      )}
      {maps && (
        <>
          {/* Titles, axis labels and descriptions are worded by map kind (phase.maps.<kind>). */}
          <PhaseMapFigure map={maps.directIo} onLoaded={onLoaded} />
          <PhaseMapFigure map={maps.raid} onLoaded={onLoaded} />
        </>
      )}
    </section>
  );
}
