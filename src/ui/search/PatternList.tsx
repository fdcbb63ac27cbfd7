// Failure patterns: each named shape with how many layouts per version fail that way, why the
// loops get it wrong (collapsed: the descriptions are long), and an example to load.
import { useId } from 'react';
import { VERSION_IDS } from '../../model';
import { useSearch } from './SearchContext';
import { CounterexampleCell } from './CounterexampleCell';

/** The list of failure patterns found so far (nothing before the first snapshot). */
export function PatternList({ onLoaded }: { readonly onLoaded: () => void }) {
  const headingId = useId();
  const result = useSearch((s) => s.result);
  const space = useSearch((s) => s.ranSpace);
  if (!result || !space) return null;
  const found = result.patterns.filter((p) => VERSION_IDS.some((v) => p.counts[v] > 0));
  return (
    <section className="search-patterns" aria-labelledby={headingId}>
      <h2 id={headingId}>Failure patterns</h2>
      {found.length === 0 ? (
        <p className="search-none">No failing layout found yet.</p>
      ) : (
        <ul className="search-pattern-list" aria-labelledby={headingId}>
          {found.map((p) => (
            <li key={p.id} className="search-pattern" aria-label={p.title}>
              <h3>{p.title}</h3>
              <p className="search-pattern-counts">
                {VERSION_IDS.map((v) => (
                  <span
                    key={v}
                    className={p.counts[v] > 0 ? 'search-count is-bad' : 'search-count'}
                  >
                    {v}: <strong>{p.counts[v]}</strong>
                  </span>
                ))}
              </p>
              <details className="search-pattern-why">
                <summary>Why it fails</summary>
                <p>{p.description}</p>
              </details>
              {p.example && (
                <CounterexampleCell
                  example={p.example}
                  space={space}
                  version={p.example.version}
                  what={`example of ${p.title}`}
                  onLoaded={onLoaded}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
