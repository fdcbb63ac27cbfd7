// Keeps this tab's state in sessionStorage (restored when the app is opened without a link) and
// records the scenarios the user builds in the Recent list (localStorage). The rules live in
// src/state/persistence.ts; this module only connects them to the store and the browser.
import type { ExplorerState, ExplorerStore } from '../state/explorerStore';
import {
  RECENT_CHANGED_EVENT,
  loadTabFragment,
  rememberScenario,
  saveTabFragment,
} from '../state/persistence';
import { decodeLink, encodeLink, linkStateOf, type LinkState } from '../state/url';

/** Shortest gap between two writes of the tab state while the explorer changes (ms). */
const TAB_WRITE_INTERVAL_MS = 300;
/**
 * How long a scenario must stay loaded before it joins the Recent list (ms): the editor loads
 * every valid keystroke, and Recent should hold what the user built, not each step of building.
 */
export const RECENT_SETTLE_MS = 1500;

/** window.sessionStorage / localStorage, or null: merely reading them throws when disabled. */
function storageOf(name: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return window[name];
  } catch {
    return null;
  }
}

/** This tab's last good state, or null if there is none or it can no longer be read. */
export function readTabState(): LinkState | null {
  const fragment = loadTabFragment(storageOf('sessionStorage'));
  if (fragment === null) return null;
  const decoded = decodeLink(fragment);
  return decoded.ok && decoded.value.scenarioJson !== undefined ? decoded.value : null;
}

/** True when a field a link carries differs between two states. */
export function linkFieldsChanged(a: ExplorerState, b: ExplorerState): boolean {
  return (
    a.scenarioJson !== b.scenarioJson ||
    a.presetId !== b.presetId ||
    a.step !== b.step ||
    a.focus !== b.focus ||
    a.speed !== b.speed ||
    a.language !== b.language
  );
}

/** Starts saving the tab state and recording Recent scenarios; returns the function that stops. */
export function startPersistenceSync(store: ExplorerStore): () => void {
  const session = storageOf('sessionStorage');
  const local = storageOf('localStorage');
  let tabTimer: ReturnType<typeof setTimeout> | undefined;
  let recentTimer: ReturnType<typeof setTimeout> | undefined;
  let recorded: unknown;

  const writeTab = () => {
    clearTimeout(tabTimer);
    tabTimer = undefined;
    const state = linkStateOf(store.getState(), { step: true, speed: true });
    saveTabFragment(session, encodeLink(state));
  };
  const recordRecent = () => {
    clearTimeout(recentTimer);
    recentTimer = undefined;
    const { scenarioJson } = store.getState();
    if (scenarioJson === recorded) return;
    recorded = scenarioJson;
    rememberScenario(local, scenarioJson, Date.now());
    window.dispatchEvent(new Event(RECENT_CHANGED_EVENT));
  };
  const flush = () => {
    if (tabTimer !== undefined) writeTab();
    if (recentTimer !== undefined) recordRecent();
  };

  // The store only ever holds a valid scenario, so what starts here is this tab's last good state
  // (a bad link has already fallen back to the previous one).
  writeTab();
  recordRecent();
  const unsubscribe = store.subscribe((now, before) => {
    if (linkFieldsChanged(now, before)) tabTimer ??= setTimeout(writeTab, TAB_WRITE_INTERVAL_MS);
    if (now.scenarioJson !== before.scenarioJson) {
      clearTimeout(recentTimer);
      recentTimer = setTimeout(recordRecent, RECENT_SETTLE_MS);
    }
  });
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    flush();
  };
}
