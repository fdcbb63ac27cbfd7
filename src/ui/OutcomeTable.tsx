// "Outcome by version": the scenario's totals under each completion-copy version, straight from
// simulate(...).totals. Nothing here is computed or hard-coded, only laid out.
import { useId } from 'react';
import { VERSION_IDS, VERSION_INFO, commitUrl, type VersionId, type VersionTotals } from '../model';
import { plainInteger } from './format';
import { OUTCOME_COLUMNS } from './outcomeColumns';

/** Props of OutcomeTable: the model's per-version totals for the chosen scenario. */
export interface OutcomeTableProps {
  readonly totals: Readonly<Record<VersionId, VersionTotals>>;
}

/** The table named "Outcome by version": one row per version, one column per total. */
export function OutcomeTable({ totals }: OutcomeTableProps) {
  const headingId = useId();
  return (
    <section className="outcome" aria-labelledby={headingId}>
      <h2 id={headingId}>Outcome by version</h2>
      <div className="table-scroll">
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Version</th>
              {OUTCOME_COLUMNS.map((c) => (
                <th key={c.field} scope="col" className="number">
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
                  <span className="secondary">{VERSION_INFO[v].title}</span>
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
            <dt>{c.header}</dt>
            <dd>{c.meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
