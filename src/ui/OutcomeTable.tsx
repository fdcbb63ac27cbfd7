// "Outcome by version": the scenario's totals under each completion-copy version, straight from
// simulate(...).totals. Nothing here is computed or hard-coded, only laid out.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_IDS, commitUrl, type VersionId, type VersionTotals } from '../model';
import { plainInteger } from './format';
import { OUTCOME_COLUMNS, OUTCOME_TABLE_NAME } from './outcomeColumns';

/** Props of OutcomeTable: the model's per-version totals for the chosen scenario. */
export interface OutcomeTableProps {
  readonly totals: Readonly<Record<VersionId, VersionTotals>>;
}

/** The table named "Outcome by version": one row per version, one column per total. */
export function OutcomeTable({ totals }: OutcomeTableProps) {
  const headingId = useId();
  const { t } = useTranslation();
  return (
    <section className="outcome" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('outcome.heading')}</h2>
      <div className="table-scroll">
        {/* The table's name and column headers are a contract (ui-contract.md) that scripts read
            in any interface language: they stay English; the heading and legend translate. */}
        <table aria-label={OUTCOME_TABLE_NAME}>
          <thead>
            <tr>
              <th scope="col" title={t('outcome.version')}>
                Version
              </th>
              {OUTCOME_COLUMNS.map((c) => (
                <th
                  key={c.field}
                  scope="col"
                  className="number"
                  title={t(`outcome.headers.${c.field}`)}
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {VERSION_IDS.map((v) => (
              <tr key={v}>
                <th scope="row">
                  <a className="commit" href={commitUrl(v)} target="_blank" rel="noreferrer">
                    {v}
                  </a>
                  <span className="secondary">{t(`versions.${v}.title`)}</span>
                </th>
                {OUTCOME_COLUMNS.map((c) => {
                  const n = totals[v][c.field];
                  return (
                    <td key={c.field} className={n > 0 ? 'number is-bad' : 'number'}>
                      {plainInteger(n)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="legend">
        {OUTCOME_COLUMNS.map((c) => (
          <div key={c.field}>
            <dt>
              {c.header}
              {t(`outcome.headers.${c.field}`) !== c.header && (
                <span className="secondary"> {t(`outcome.headers.${c.field}`)}</span>
              )}
            </dt>
            <dd>{t(`outcome.meanings.${c.field}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
