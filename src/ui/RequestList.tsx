// Every op of the scenario in order, with the requests it became. An op the kernel refused
// before building any request (EINVAL) still gets a line, so no op silently disappears.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../model';
import { useOpLabel } from '../i18n/useOpLabel';
import { opLabel } from './opLabel';
import { RequestSummary } from './RequestSummary';

/** Props of RequestList: the simulation whose ops and requests to list. */
export interface RequestListProps {
  readonly simulation: Simulation;
}

/** The "Requests" section: one card per request, grouped by op. */
export function RequestList({ simulation }: RequestListProps) {
  const { scenario, ops, requests } = simulation;
  const headingId = useId();
  const { t } = useTranslation();
  const opLabelOf = useOpLabel();
  return (
    <section className="requests" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('requests.heading')}</h2>
      <ol className="request-list">
        {ops.flatMap((op) => {
          const label = opLabel(scenario.ops[op.index]!, t, opLabelOf(op.index));
          if (op.requests.length === 0) {
            return [
              <li key={`op-${op.index}`} className="request failed-op">
                <p className="op-label">{t('requests.op', { index: op.index, label })}</p>
                <p className="reason">
                  {op.status}: {op.reason ?? t('requests.noRequest')}
                </p>
              </li>,
            ];
          }
          return op.requests.map((r) => (
            <li key={`req-${r}`}>
              <RequestSummary request={requests[r]!} opLabel={label} />
            </li>
          ));
        })}
      </ol>
    </section>
  );
}
