// Scenario files in and out of the editor: the name a download gets, the text it holds, and
// reading pasted or uploaded text back into a draft.
import { err, ok, type Result } from '../../lib/result';
import { fileStem } from '../exports/exportNames';
import { isRecord, type JsonObject } from './jsonTree';
import { problem, type FieldProblem } from './parseNumber';

/** A file name made from the scenario's title: `raid-layer-reads-a-4-kib-stripe.json`. */
export const fileNameFor = (title: unknown): string =>
  `${fileStem(typeof title === 'string' ? title : '')}.json`;

/** The file's text: two-space JSON with a final newline, like the presets in scenarios/. */
export const scenarioFileText = (json: unknown): string => `${JSON.stringify(json, null, 2)}\n`;

/** Reads pasted or uploaded text as a draft; only JSON syntax and "an object" are checked here. */
export function parseImportText(text: string): Result<JsonObject, FieldProblem> {
  if (text.trim() === '') return err(problem('io.empty'));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return err(problem('io.notJson', { detail: (e as Error).message }));
  }
  // The form edits an object; anything else could not be shown, so it is refused up front.
  return isRecord(value) ? ok(value) : err(problem('io.notObject'));
}
