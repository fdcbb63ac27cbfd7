// The two phase maps (computed in a worker the first time this section renders, and again when
// the kernel what-ifs change): O_DIRECT buffer page offset × read length, and a RAID stripe's
// user buffer offset × length.
import { useEffect, useId } from 'react';
import { useSearch, useSearchStore } from './SearchContext';
import { PhaseMapFigure } from './PhaseMapFigure';

/** The phase maps section. */
export function PhaseMaps({ onLoaded }: { readonly onLoaded: () => void }) {
  const store = useSearchStore();
  const headingId = useId();
  const kernel = useSearch((s) => s.space.kernel);
  const maps = useSearch((s) => s.phaseMaps);
  const status = useSearch((s) => s.phaseStatus);
  const error = useSearch((s) => s.phaseError);
  useEffect(() => store.getState().requestPhaseMaps(), [store, kernel]);
  return (
    <section className="search-phase" aria-labelledby={headingId}>
      <h2 id={headingId}>Phase maps</h2>
      <p className="search-note">
        Every layout of two real-world shapes under the kernel what-ifs above, one map per version.
      </p>
      {status === 'computing' && <p className="search-loading">Computing the phase maps…</p>}
      {status === 'failed' && (
        <p className="search-error" role="alert">
          {error}
        </p>
      )}
      {maps && (
        <>
          <PhaseMapFigure
            map={maps.directIo}
            description="A process reads into a 512-byte-aligned buffer (as parted does). Each cell is one buffer offset within its first page and one read length; O_DIRECT cuts the buffer into bio_vecs at page boundaries (a long read becomes several requests: the cell is wrong if any is)."
            onLoaded={onLoaded}
          />
          <PhaseMapFigure
            map={maps.raid}
            description="A RAID layer reads a whole 4 KiB stripe unit around a user buffer of L bytes at stripe offset A: (S1,0,A) (U,A,L) (S2,A+L,4096−A−L), empty bio_vecs dropped. Only A + L ≤ 4096 is drawn."
            onLoaded={onLoaded}
          />
        </>
      )}
    </section>
  );
}
