// The text of the interface, by namespace. English is bundled here; the other languages mirror
// its keys (src/i18n/resources.test.ts checks that every key and interpolation matches).
import enEditor from './locales/en/editor.json';
import enCode from './locales/en/code.json';
import enExports from './locales/en/exports.json';
import enHex from './locales/en/hex.json';
import enPipeline from './locales/en/pipeline.json';
import enReach from './locales/en/reach.json';
import enSearch from './locales/en/search.json';
import enSymptoms from './locales/en/symptoms.json';
import enUi from './locales/en/ui.json';
import { NARRATION_EN } from '../model/narration/en';
import { VALIDATION_EN } from '../model/scenario/rules';
import { LINK_RULES_EN } from '../state/url/linkRules';
import { DESCRIBE_EN } from '../viz/describeStep';
import { LANE_STATUS_EN } from '../viz/laneStatus';
import { PROVENANCE_EN } from '../viz/provenanceText';
import { presetTextsEn } from './presetText';

/** The namespaces, one resources file each. */
export const NAMESPACES = [
  'ui',
  'narration',
  'presets',
  'symptoms',
  'exports',
  'search',
  'validation',
  'editor',
  'pipeline',
  'code',
  'hex',
  'reach',
] as const;
/** One namespace. */
export type Namespace = (typeof NAMESPACES)[number];

/** A nested table of message templates (i18next's JSON v4 format). */
export interface MessageTable {
  readonly [key: string]: string | MessageTable;
}

/** Every namespace of one language. */
export type Resources = Readonly<Record<Namespace, MessageTable>>;

/** English: the default language and the fallback for anything missing elsewhere. */
export const EN_RESOURCES: Resources = {
  ui: enUi,
  // The model's own English templates: one source for the CLI, the tests and the page.
  narration: NARRATION_EN,
  presets: presetTextsEn(),
  symptoms: enSymptoms,
  exports: enExports,
  search: enSearch,
  // The model's English wording of the scenario rules (what the CLI prints), like the narration.
  validation: { ...VALIDATION_EN, ...LINK_RULES_EN },
  editor: enEditor,
  // The pipeline's chrome, and the lane status lines the viz builds as messages.
  pipeline: { ...enPipeline, lane: LANE_STATUS_EN, describe: DESCRIBE_EN },
  code: enCode,
  // The hex view's chrome, and the provenance sentences the viz builds as messages.
  hex: { ...enHex, story: PROVENANCE_EN },
  // The theme switch and the pipeline's table view.
  reach: enReach,
};
