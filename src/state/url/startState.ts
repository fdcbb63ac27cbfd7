// Where the explorer starts, given the link it was opened with and this tab's last good state.
// A link's readable parts are used; when its scenario cannot be read, the tab's last good
// scenario and step (or the default preset) stay, so a bad link never costs the user anything.
import type { ScenarioIssue } from '../../model';
import { decodeLink, type LinkState } from './linkCodec';

/** The state to start from, and what was wrong with the link (empty when nothing was). */
export interface StartState {
  readonly state: LinkState;
  readonly issues: ScenarioIssue[];
}

/** Resolves the start state from a fragment ('' for none) and the tab's last good state. */
export function startStateFrom(fragment: string, lastGood: LinkState | null): StartState {
  const decoded = decodeLink(fragment);
  if (decoded.ok) {
    const empty = decoded.value.scenarioJson === undefined;
    return { state: empty ? (lastGood ?? {}) : decoded.value, issues: [] };
  }
  const { issues, partial } = decoded.error;
  if (partial.scenarioJson !== undefined) return { state: partial, issues: [...issues] };
  // The link's step belongs to a scenario we could not read, so the fallback keeps its own step;
  // the focus, speed and language are view choices that apply to any scenario.
  const view: LinkState = {
    ...(partial.focus !== undefined ? { focus: partial.focus } : {}),
    ...(partial.speed !== undefined ? { speed: partial.speed } : {}),
    ...(partial.lang !== undefined ? { lang: partial.lang } : {}),
  };
  return { state: { ...(lastGood ?? {}), ...view }, issues: [...issues] };
}
