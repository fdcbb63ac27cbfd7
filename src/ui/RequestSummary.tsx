// One block request as the queue side saw it (bio_vecs, scatterlist, grants) and what each
// completion-copy version then did with it.
import { useId } from 'react';
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
  return (
    <article className="request" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Request {request.index}: {request.kind} at sector {request.sector}
      </h3>
      <p className="op-label">
        op {request.op}: {opLabel}
      </p>
      {request.reason && <p className="reason">{request.reason}</p>}
      <div className="request-body">
        <dl className="layout">
          <dt>bio_vecs (page, offset, length)</dt>
          <dd>
            <ol className="ranges" start={0}>
              {request.bvecs.map((b, i) => (
                <li key={i}>{pageRange(b)}</li>
              ))}
            </ol>
          </dd>
          <dt>Scatterlist entries</dt>
          <dd>
            {request.sg.length === 0 ? (
              'none'
            ) : (
              <ol className="ranges sg" start={0}>
                {request.sg.map((s, i) => (
                  <li key={i}>
                    {pageRange(s)} <span className="secondary">bio_vecs {indexList(s.bvecs)}</span>
                  </li>
                ))}
              </ol>
            )}
          </dd>
          <dt>Grants (pool ids, one per entry)</dt>
          <dd>{indexList(request.grants)}</dd>
        </dl>
        <table className="request-versions" aria-label={`Request ${request.index} by version`}>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col" className="number">
                Misdirected bytes
              </th>
              <th scope="col" className="number">
                Corrupted bytes
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
