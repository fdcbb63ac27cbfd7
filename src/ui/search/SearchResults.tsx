// "Search results by version": per completion version, the layouts checked, those with
// misdirected bytes, those with a kernel BUG, the failure rate, and the minimal counterexample
// (fewest bio_vecs, then fewest bytes) with a Load button. Counts are plain integers, so tests and
// scripts read them straight off the page, like the outcome table.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_IDS } from '../../model';
import { useSearch } from './SearchContext';
import { CounterexampleCell } from './CounterexampleCell';

/** "12.5%", "0%", "0.0012%": a failure rate with enough digits to tell a rare failure from none. */
export function percentText(rate: number): string {
  if (rate === 0) return '0%';
  const pct = rate * 100;
  return `${pct >= 1 ? pct.toFixed(1) : pct.toPrecision(2)}%`;
}

/** The per-version results table (nothing before the first snapshot). */
export function SearchResults({ onLoaded }: { readonly onLoaded: () => void }) {
  const headingId = useId();
  const { t } = useTranslation('search');
  // The version titles are the header's own, in the ui namespace.
  const { t: tUi } = useTranslation();
  const result = useSearch((s) => s.result);
  const space = useSearch((s) => s.ranSpace);
  if (!result || !space) return null;
  return (
    <section className="search-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('results.heading')}</h2>
      <div className="table-scroll">
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('results.version')}</th>
              <th scope="col" className="number">
                {t('results.checked')}
              </th>
              <th scope="col" className="number">
                {t('results.misdirected')}
              </th>
              <th scope="col" className="number">
                {t('results.bugs')}
              </th>
              <th scope="col" className="number">
                {t('results.rate')}
              </th>
              <th scope="col">{t('results.minimal')}</th>
            </tr>
          </thead>
          <tbody>
            {VERSION_IDS.map((v) => {
              const r = result.versions[v];
              return (
                <tr key={v}>
                  <th scope="row">
                    <span className="commit">{v}</span>
                    <span className="secondary">{tUi(`versions.${v}.title`)}</span>
                  </th>
                  <td className="number">{r.checked}</td>
                  <td className={r.misdirected > 0 ? 'number is-bad' : 'number'}>
                    {r.misdirected}
                  </td>
                  <td className={r.bugs > 0 ? 'number is-bad' : 'number'}>{r.bugs}</td>
                  <td className="number">{percentText(r.failureRate)}</td>
                  <td>
                    {r.minimal ? (
                      <CounterexampleCell
                        example={r.minimal}
                        space={space}
                        version={v}
                        what={t('results.minimalFor', { version: v })}
                        onLoaded={onLoaded}
                      />
                    ) : (
                      <span className="search-none">{t('results.none')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
