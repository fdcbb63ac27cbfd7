// Simplified Chinese: a separate chunk, loaded only when the page is shown in it.
import type { Resources } from '../../resources';
import editor from './editor.json';
import code from './code.json';
import exportMenu from './exports.json';
import hex from './hex.json';
import narration from './narration.json';
import pipeline from './pipeline.json';
import presets from './presets.json';
import reach from './reach.json';
import search from './search.json';
import symptoms from './symptoms.json';
import ui from './ui.json';
import validation from './validation.json';

/** Every namespace in Simplified Chinese. */
export const ZH_HANS_RESOURCES: Resources = {
  ui,
  narration,
  presets,
  symptoms,
  exports: exportMenu,
  search,
  validation,
  editor,
  pipeline,
  code,
  hex,
  reach,
};
