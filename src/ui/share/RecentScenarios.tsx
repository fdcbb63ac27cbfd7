// "Recent": the last scenarios the user built or opened from a link, newest first, kept in this
// browser (localStorage). Choosing one loads it like any scenario: validated, and a bad one
// leaves the current scenario on screen with the load-issues alert.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerStore } from '../../state/StoreContext';
import type { RecentEntry } from '../../state/persistence';
import { useRecentList } from './useRecentList';
import './share.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A <details> "Recent" list of saved scenarios; choosing one loads it. */
export function RecentScenarios() {
  const store = useExplorerStore();
  const entries = useRecentList();
  const details = useRef<HTMLDetailsElement>(null);
  const { t } = useTranslation();

  const choose = (entry: RecentEntry) => {
    if (store.getState().loadScenario(entry.scenario) && details.current)
      details.current.open = false;
  };

  // The list floats over the page, so Escape closes it as it would a menu.
  const closeOnEscape = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };

  return (
    <details className="recent" ref={details} onKeyDown={closeOnEscape}>
      <summary>{t('toolbar.recent')}</summary>
      {entries.length === 0 ? (
        <p className="recent-empty">{t('toolbar.recentEmpty')}</p>
      ) : (
        <ul className="recent-list">
          {entries.map((entry, i) => {
            const saved = new Date(entry.savedAt);
            return (
              <li key={`${i}-${entry.savedAt}`}>
                <button type="button" onClick={() => choose(entry)}>
                  {entry.title}
                </button>{' '}
                <time dateTime={saved.toISOString()}>{timeFormat.format(saved)}</time>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
