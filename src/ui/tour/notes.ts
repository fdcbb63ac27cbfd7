// Guided-tour notes as data: read them from the scenario JSON, find those at a step and the
// nearest noted steps, and build the next scenario JSON after an add, edit or delete. Edits work
// on the JSON (not the parsed Scenario) because that JSON is what the store keeps and what a
// share link carries: a note saved here travels with the scenario without further plumbing.
import { err, ok, type Result } from '../../lib/result';
import { MAX_NOTES } from '../../model/scenario/schema';

/** Longest note text, in UTF-16 code units as the scenario schema counts them. */
export const MAX_NOTE_CHARS = 2000;
/** Most notes a scenario may carry (the scenario schema's limit). */
export const MAX_TOUR_NOTES = MAX_NOTES;

/** A note with its position in the scenario JSON's `notes` array (for edit and delete). */
export interface IndexedNote {
  readonly index: number;
  readonly step: number;
  readonly text: string;
}

type JsonObject = Record<string, unknown>;

/** The scenario as a plain object (JSON text is parsed), or null when it is not one. */
export function scenarioObject(json: unknown): JsonObject | null {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return null;
    }
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}

const rawNotes = (obj: JsonObject | null): unknown[] =>
  Array.isArray(obj?.notes) ? (obj.notes as unknown[]) : [];

const isNote = (n: unknown): n is { step: number; text: string } =>
  n !== null &&
  typeof n === 'object' &&
  typeof (n as { step?: unknown }).step === 'number' &&
  typeof (n as { text?: unknown }).text === 'string';

/** The scenario's notes sorted by step (ties keep file order), each with its JSON index. */
export function readNotes(json: unknown): IndexedNote[] {
  return rawNotes(scenarioObject(json))
    .flatMap((n, index) => (isNote(n) ? [{ index, step: n.step, text: n.text }] : []))
    .sort((a, b) => a.step - b.step || a.index - b.index);
}

/** The notes anchored at `step`, in order. */
export const notesAtStep = (notes: readonly IndexedNote[], step: number): IndexedNote[] =>
  notes.filter((n) => n.step === step);

/** The first noted step after `step`, or null. Notes past `lastStep` are never reached. */
export function nextNotedStep(
  notes: readonly IndexedNote[],
  step: number,
  lastStep = Infinity,
): number | null {
  const next = notes.find((n) => n.step > step && n.step <= lastStep);
  return next ? next.step : null;
}

/** The last noted step before `step`, or null. */
export function previousNotedStep(notes: readonly IndexedNote[], step: number): number | null {
  const before = notes.filter((n) => n.step < step);
  return before.length > 0 ? before[before.length - 1]!.step : null;
}

/**
 * Why a note change cannot be made: a key under `tour.problems` in the ui namespace and its
 * values, worded in the interface language where it is shown.
 */
export interface NoteProblem {
  readonly key: 'empty' | 'tooLong' | 'notObject' | 'tooMany' | 'gone' | 'refused';
  readonly params?: Readonly<Record<string, number>>;
}

const noteProblem = (key: NoteProblem['key'], params?: NoteProblem['params']): NoteProblem =>
  params ? { key, params } : { key };

/** Why a note text cannot be saved, or null when it can. */
export function noteTextProblem(text: string): NoteProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return noteProblem('empty');
  if (trimmed.length > MAX_NOTE_CHARS)
    return noteProblem('tooLong', { max: MAX_NOTE_CHARS, length: trimmed.length });
  return null;
}

/** A copy of the scenario with `notes` replaced; an empty list drops the key, as if never set. */
function withNotes(obj: JsonObject, notes: readonly unknown[]): JsonObject {
  const { notes: _old, ...rest } = obj;
  return notes.length > 0 ? { ...rest, notes } : rest;
}

/** The scenario JSON with a note added at `step` (new JSON; the input is not changed). */
export function withNoteAdded(
  json: unknown,
  step: number,
  text: string,
): Result<unknown, NoteProblem> {
  const obj = scenarioObject(json);
  if (!obj) return err(noteProblem('notObject'));
  const problem = noteTextProblem(text);
  if (problem) return err(problem);
  const notes = rawNotes(obj);
  if (notes.length >= MAX_TOUR_NOTES) return err(noteProblem('tooMany', { max: MAX_TOUR_NOTES }));
  return ok(withNotes(obj, [...notes, { step, text: text.trim() }]));
}

/** The scenario JSON with note `index` given new text. */
export function withNoteEdited(
  json: unknown,
  index: number,
  text: string,
): Result<unknown, NoteProblem> {
  const obj = scenarioObject(json);
  const notes = rawNotes(obj);
  const old = notes[index];
  if (!obj || !isNote(old)) return err(noteProblem('gone'));
  const problem = noteTextProblem(text);
  if (problem) return err(problem);
  return ok(
    withNotes(
      obj,
      notes.map((n, i) => (i === index ? { ...old, text: text.trim() } : n)),
    ),
  );
}

/** The scenario JSON without note `index`. */
export function withNoteDeleted(json: unknown, index: number): Result<unknown, NoteProblem> {
  const obj = scenarioObject(json);
  const notes = rawNotes(obj);
  if (!obj || !isNote(notes[index])) return err(noteProblem('gone'));
  return ok(
    withNotes(
      obj,
      notes.filter((_, i) => i !== index),
    ),
  );
}

/** The scenario JSON with `note` put back at `index` (undo of a delete). */
export function withNoteRestored(json: unknown, note: IndexedNote): Result<unknown, NoteProblem> {
  const obj = scenarioObject(json);
  if (!obj) return err(noteProblem('notObject'));
  const notes = rawNotes(obj);
  if (notes.length >= MAX_TOUR_NOTES) return err(noteProblem('tooMany', { max: MAX_TOUR_NOTES }));
  const at = Math.min(note.index, notes.length);
  return ok(
    withNotes(obj, [
      ...notes.slice(0, at),
      { step: note.step, text: note.text },
      ...notes.slice(at),
    ]),
  );
}
