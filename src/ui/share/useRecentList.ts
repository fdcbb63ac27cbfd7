// The Recent list as React state: read from localStorage, and read again whenever this tab
// records a scenario (RECENT_CHANGED_EVENT) or another tab does (the `storage` event).
import { useEffect, useState } from 'react';
import {
  RECENT_CHANGED_EVENT,
  RECENT_KEY,
  loadRecent,
  type RecentEntry,
} from '../../state/persistence';

/** localStorage, or null where reading it throws (storage disabled). */
function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The Recent list, newest first, kept up to date. */
export function useRecentList(): readonly RecentEntry[] {
  const [entries, setEntries] = useState<readonly RecentEntry[]>(() =>
    loadRecent(localStorageOrNull()),
  );
  useEffect(() => {
    const reload = () => setEntries(loadRecent(localStorageOrNull()));
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === RECENT_KEY) reload();
    };
    window.addEventListener(RECENT_CHANGED_EVENT, reload);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(RECENT_CHANGED_EVENT, reload);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return entries;
}
