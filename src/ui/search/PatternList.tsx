// Failure patterns: each named shape with how many layouts per version fail that way, why the
// loops get it wrong (collapsed: the descriptions are long), and an example to load.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_IDS } from '../../model';
import { useSearch } from './SearchContext';
import { CounterexampleCell } from './CounterexampleCell';

/** The list of failure patterns found so far (nothing before the first snapshot). */
export function PatternList({ onLoaded }: { readonly onLoaded: () => void }) {
  const headingId = useId();
  const { t } = useTranslation('search');
  const result = useSearch((s) => s.result);
  const space = useSearch((s) => s.ranSpace);
  if (!result || !space) return null;
  const found = result.patterns.filter((p) => VERSION_IDS.some((v) => p.counts[v] > 0));
  return (
    <section className="search-patterns" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('patterns.heading')}</h2>
      {found.length === 0 ? (
        <p className="search-none">{t('patterns.none')}</p>
      ) : (
        <ul className="search-pattern-list" aria-labelledby={headingId}>
          {found.map((p) => {
            // Worded by pattern id (English: the model's PATTERNS, checked equal in a test).
            const title = t(`patterns.byId.${p.id}.title`);
            return (
              <li key={p.id} className="search-pattern" aria-label={title}>
                <h3>{title}</h3>
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
                  <summary>{t('patterns.why')}</summary>
                  <p>{t(`patterns.byId.${p.id}.description`)}</p>
                </details>
                {p.example && (
                  <CounterexampleCell
                    example={p.example}
                    space={space}
                    version={p.example.version}
                    what={t('patterns.exampleOf', { title })}
                    onLoaded={onLoaded}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
