// The watch panel: a two-column table named "Watch" of kernel variables and their values at this
// step; values the last loop iteration changed are marked, as a debugger's watch window does.
import { useTranslation } from 'react-i18next';
import { NOT_APPLICABLE, type Watch } from './watch';

/** Props of WatchPanel: the rows to show and whose variables they are. */
export interface WatchPanelProps {
  readonly watch: Watch;
}

/** The watch table (or a short note when no variable matters at this step). */
export function WatchPanel({ watch }: WatchPanelProps) {
  const { t } = useTranslation('code');
  return (
    <table className="code-watch" aria-label={t('watch.name')}>
      <caption>
        {t('watch.name')}
        {watch.scope ? <span className="code-watch-scope"> · {watch.scope}</span> : null}
      </caption>
      <tbody>
        {watch.rows.length === 0 ? (
          <tr>
            <td colSpan={2} className="code-watch-empty">
              {t('watch.empty')}
            </td>
          </tr>
        ) : (
          watch.rows.map((row) => (
            <tr key={row.name} className={row.changed ? 'is-changed' : undefined}>
              <th scope="row">
                <code>{row.name}</code>
              </th>
              <td className={row.value === NOT_APPLICABLE ? 'is-na' : undefined}>
                {row.value}
                {row.changed ? <span className="visually-hidden">{t('watch.changed')}</span> : null}
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
