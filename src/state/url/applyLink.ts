// Opening a link in a running explorer (a pasted link, or the fragment edited by hand): what the
// link could say is applied through the store's actions; what it could not is shown as load
// issues, and the scenario on screen stays whenever the link's own scenario cannot be read.
import type { ExplorerStore } from '../explorerStore';
import { canonicalScenarioText } from './canonicalScenario';
import { DEFAULT_FOCUS, decodeLink } from './linkCodec';

const sameScenario = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  const x = canonicalScenarioText(a);
  const y = canonicalScenarioText(b);
  return x.ok && y.ok && x.value === y.value;
};

/** Applies a link fragment to the store; returns false when it had issues (now in loadIssues). */
export function applyLink(store: ExplorerStore, fragment: string): boolean {
  const decoded = decodeLink(fragment);
  const link = decoded.ok ? decoded.value : decoded.error.partial;
  const explorer = store.getState();
  if (link.scenarioJson !== undefined) {
    // The same scenario at another step (a "link to this step" pasted here) keeps the selection
    // and the playback state instead of reloading.
    if (!sameScenario(link.scenarioJson, explorer.scenarioJson))
      explorer.loadScenario(link.scenarioJson, link.presetId ?? null);
    store.getState().setStep(link.step ?? 0);
    store.getState().setFocus(link.focus ?? DEFAULT_FOCUS);
  } else if (link.focus !== undefined) store.getState().setFocus(link.focus);
  if (link.speed !== undefined) store.getState().setSpeed(link.speed);
  // A link without lang= leaves the reader's language alone, like a link without speed=.
  if (link.lang !== undefined) store.getState().setLanguage(link.lang);
  if (!decoded.ok) store.setState({ loadIssues: decoded.error.issues });
  return decoded.ok;
}
