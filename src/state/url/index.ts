// Share links: encode the explorer's inputs as a URL fragment and decode any fragment safely.
export {
  decodeLink,
  encodeLink,
  DEFAULT_FOCUS,
  type DecodedLink,
  type LinkProblems,
  type LinkState,
} from './linkCodec';
export { canonicalScenarioText, presetWithText } from './canonicalScenario';
export { CURRENT_LINK_VERSION } from './migrations';
export { MAX_FRAGMENT_CHARS } from './params';
export { MAX_SCENARIO_CHARS } from './scenarioParam';
export { startStateFrom, type StartState } from './startState';
export { linkStateOf, type LinkParts } from './fromStore';
export { applyLink } from './applyLink';
export { viewModeFrom } from './viewMode';
