// The one module that touches window.location and window.history. At startup it reads the link
// the app was opened with (or, without one, this tab's saved state) into the store's initial
// state; then it keeps the address bar's fragment equal to the explorer's inputs, and opens a
// link pasted into the address bar of the running app. The format is src/state/url's.
import type { ScenarioIssue } from '../model';
import type { ExplorerStore, InitialExplorerState, ViewMode } from '../state/explorerStore';
import { applyLink, encodeLink, linkStateOf, startStateFrom, viewModeFrom } from '../state/url';
import { linkFieldsChanged, readTabState, startPersistenceSync } from './persistenceSync';

/**
 * Shortest gap between two rewrites of the address bar (ms). Playback at 64 steps/s would
 * otherwise call replaceState 64 times a second, and Chromium throttles a page past ~200 per 10 s.
 */
const URL_WRITE_INTERVAL_MS = 300;

/**
 * The explorer's initial state from the URL fragment (or this tab's saved state when there is
 * none), and what was wrong with the link. Put the issues in the store's `loadIssues` so the
 * banner names them; the state already falls back to the last good scenario or the default.
 */
export function readInitialStateFromUrl(): {
  initial: InitialExplorerState;
  issues: ScenarioIssue[];
} {
  const { state, issues } = startStateFrom(window.location.hash, readTabState());
  // The link's lang= becomes the store's language; without one, src/i18n detects it.
  const { lang, ...rest } = state;
  return { initial: lang === undefined ? rest : { ...rest, language: lang }, issues };
}

/**
 * 'embed' when the page was opened as an embed (`?embed=1`, or `embed=1` in the fragment), else
 * undefined; for the store's initial `mode`. Read once at startup, like the link.
 */
export function readViewModeFromUrl(): ViewMode | undefined {
  return viewModeFrom(window.location.search, window.location.hash);
}

const currentFragment = () => window.location.hash.replace(/^#/, '');

/**
 * Keeps the URL fragment in step with the store (and, through startPersistenceSync, this tab's
 * sessionStorage and the Recent list), and loads links pasted into the address bar. Returns the
 * function that stops all of it.
 */
export function startUrlSync(store: ExplorerStore): () => void {
  const stopPersistence = startPersistenceSync(store);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    const fragment = encodeLink(linkStateOf(store.getState(), { step: true, speed: true }));
    // replaceState, not pushState: stepping through a trace should not fill the Back button's
    // history. A relative '#…' keeps the path and the query (e.g. an embed flag).
    if (fragment !== currentFragment())
      window.history.replaceState(window.history.state, '', `#${fragment}`);
  };
  const onHashChange = (event: HashChangeEvent) => {
    // The event's own URL, not location.hash: a coalesced write may have replaced the fragment
    // between the user's edit and this event, and the user's link is the one to open.
    const fragment = new URL(event.newURL).hash.replace(/^#/, '');
    // Emptied by hand: nothing to load; the next change writes the fragment back.
    if (fragment === '') return;
    clearTimeout(timer);
    timer = undefined;
    applyLink(store, fragment);
    write();
  };

  // The link the app was opened with is rewritten at once: a bad one is replaced by what is on
  // screen, and a good one takes its canonical form. A bare URL stays bare until something changes.
  if (currentFragment() !== '') write();
  const unsubscribe = store.subscribe((now, before) => {
    if (linkFieldsChanged(now, before)) timer ??= setTimeout(write, URL_WRITE_INTERVAL_MS);
  });
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('pagehide', write);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', write);
    clearTimeout(timer);
    stopPersistence();
  };
}
