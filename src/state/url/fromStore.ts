// The part of the explorer's state a link carries.
import type { ExplorerState } from '../explorerStore';
import type { LinkState } from './linkCodec';

/** What to put in a link besides the scenario and focus. */
export interface LinkParts {
  /** Include the current step ("Copy link to this step", the address bar). */
  readonly step: boolean;
  /** Include the playback speed (the address bar: a reload keeps it; shared links do not). */
  readonly speed: boolean;
}

/**
 * The link state of the explorer: scenario, focus and language, plus the step and speed when
 * asked. The language always travels (encodeLink leaves English out as the default).
 */
export function linkStateOf(s: ExplorerState, parts: LinkParts): LinkState {
  return {
    ...(s.presetId !== null ? { presetId: s.presetId } : {}),
    scenarioJson: s.scenarioJson,
    focus: s.focus,
    ...(parts.step ? { step: s.step } : {}),
    ...(parts.speed ? { speed: s.speed } : {}),
    lang: s.language,
  };
}
