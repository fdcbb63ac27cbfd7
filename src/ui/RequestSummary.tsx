// One block request as the queue side saw it (bio_vecs, scatterlist, grants) and what each
// completion-copy version then did with it.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_IDS, type RequestRecord } from '../model';
import { indexList, pageRange, plainInteger } from './format';
import { VersionStatus } from './VersionStatus';

/** Props of RequestSummary: the request and the label of the op that issued it. */
export interface RequestSummaryProps {
  readonly request: RequestRecord;
  readonly opLabel: string;
}

/** A card for one request: layout on the left, per-version outcome on the right. */
export function RequestSummary({ request, opLabel }: RequestSummaryProps) {
  const headingId = useId();
  const { t } = useTranslation();
  return (
    <article className="request" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('requests.title', {
          index: request.index,
          kind: request.kind,
          sector: request.sector,
        })}
      </h3>
      <p className="op-label">{t('requests.op', { index: request.op, label: opLabel })}</p>
      {request.reason && <p className="reason">{request.reason}</p>}
      <div className="request-body">
        <dl className="layout">
          <dt>{t('requests.bvecs')}</dt>
          <dd>
            <ol className="ranges" start={0}>
              {request.bvecs.map((b, i) => (
                <li key={i}>{pageRange(b)}</li>
              ))}
            </ol>
          </dd>
          <dt>{t('requests.sg')}</dt>
          <dd>
            {request.sg.length === 0 ? (
              t('requests.none')
            ) : (
              <ol className="ranges sg" start={0}>
                {request.sg.map((s, i) => (
                  <li key={i}>
                    {pageRange(s)}{' '}
                    <span className="secondary">
                      {t('requests.sgBvecs', { list: indexList(s.bvecs, t('requests.none')) })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </dd>
          <dt>{t('requests.grants')}</dt>
          <dd>{indexList(request.grants, t('requests.none'))}</dd>
        </dl>
        <table
          className="request-versions"
          aria-label={t('requests.byVersion', { index: request.index })}
        >
          <thead>
            <tr>
              <th scope="col">{t('outcome.version')}</th>
              <th scope="col">{t('requests.status')}</th>
              <th scope="col" className="number">
                {t('outcome.headers.misdirectedBytes')}
              </th>
              <th scope="col" className="number">
                {t('outcome.headers.corruptBytes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {VERSION_IDS.map((v) => {
              const o = request.versions[v];
              return (
                <tr key={v}>
                  <th scope="row">
                    <code>{v}</code>
                  </th>
                  <td>
                    <VersionStatus outcome={o} />
                  </td>
                  <td className={o.misdirectedBytes > 0 ? 'number is-bad' : 'number'}>
                    {plainInteger(o.misdirectedBytes)}
                  </td>
                  <td className={o.corruptBytes > 0 ? 'number is-bad' : 'number'}>
                    {plainInteger(o.corruptBytes)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </article>
  );
}
