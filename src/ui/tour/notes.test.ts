import { describe, expect, it } from 'vitest';
import { parseScenario, PRESETS } from '../../model';
import {
  MAX_NOTE_CHARS,
  MAX_TOUR_NOTES,
  nextNotedStep,
  noteTextProblem,
  type NoteProblem,
  notesAtStep,
  previousNotedStep,
  readNotes,
  withNoteAdded,
  withNoteDeleted,
  withNoteEdited,
  withNoteRestored,
} from './notes';

const base = PRESETS.find((p) => p.id === 'd62-commit-example')!.json as Record<string, unknown>;
const withRaw = (notes: unknown[]) => ({ ...base, notes });
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: NoteProblem }): T => {
  if (!r.ok) throw new Error(r.error.key);
  return r.value;
};

describe('reading notes', () => {
  const json = withRaw([
    { step: 11, text: 'b' },
    { step: 3, text: 'a' },
    { step: 11, text: 'c' },
  ]);

  it('sorts by step, keeps file order within a step, and remembers JSON indices', () => {
    expect(readNotes(json)).toEqual([
      { index: 1, step: 3, text: 'a' },
      { index: 0, step: 11, text: 'b' },
      { index: 2, step: 11, text: 'c' },
    ]);
    expect(readNotes(base)).toEqual([]);
    expect(readNotes(JSON.stringify(json))).toHaveLength(3);
    expect(readNotes('not json')).toEqual([]);
  });

  it('finds notes at a step and the neighbouring noted steps', () => {
    const notes = readNotes(json);
    expect(notesAtStep(notes, 11).map((n) => n.text)).toEqual(['b', 'c']);
    expect(notesAtStep(notes, 4)).toEqual([]);
    expect(nextNotedStep(notes, 0)).toBe(3);
    expect(nextNotedStep(notes, 3)).toBe(11);
    expect(nextNotedStep(notes, 11)).toBeNull();
    expect(nextNotedStep(notes, 3, 10)).toBeNull(); // past the end of the trace
    expect(previousNotedStep(notes, 11)).toBe(3);
    expect(previousNotedStep(notes, 12)).toBe(11);
    expect(previousNotedStep(notes, 3)).toBeNull();
  });
});

describe('changing notes', () => {
  it('adds a trimmed note without touching the input, and the result is a valid scenario', () => {
    const next = unwrap(withNoteAdded(base, 11, '  grant 0 again  '));
    expect(base).not.toHaveProperty('notes');
    expect((next as { notes: unknown }).notes).toEqual([{ step: 11, text: 'grant 0 again' }]);
    const parsed = parseScenario(next);
    expect(parsed.ok && parsed.value.notes).toEqual([{ step: 11, text: 'grant 0 again' }]);
  });

  it('edits and deletes by JSON index, dropping the key when the last note goes', () => {
    const json = withRaw([
      { step: 5, text: 'x' },
      { step: 2, text: 'y' },
    ]);
    const edited = unwrap(withNoteEdited(json, 1, 'z'));
    expect((edited as { notes: unknown }).notes).toEqual([
      { step: 5, text: 'x' },
      { step: 2, text: 'z' },
    ]);
    const one = unwrap(withNoteDeleted(edited, 0));
    expect((one as { notes: unknown }).notes).toEqual([{ step: 2, text: 'z' }]);
    const none = unwrap(withNoteDeleted(one, 0)) as Record<string, unknown>;
    expect(none).not.toHaveProperty('notes');
    expect(none.ops).toEqual(base.ops);
    expect(withNoteDeleted(none, 0)).toEqual({ ok: false, error: { key: 'gone' } });
  });

  it('restores a deleted note at its old index', () => {
    const json = withRaw([
      { step: 1, text: 'a' },
      { step: 2, text: 'b' },
    ]);
    const gone = unwrap(withNoteDeleted(json, 0));
    const back = unwrap(withNoteRestored(gone, { index: 0, step: 1, text: 'a' }));
    expect(back).toEqual(json);
  });

  it('refuses empty and over-long texts and a 201st note, with a message for the form', () => {
    expect(noteTextProblem('   ')).toEqual({ key: 'empty' });
    expect(noteTextProblem('x'.repeat(MAX_NOTE_CHARS))).toBeNull();
    expect(noteTextProblem('x'.repeat(MAX_NOTE_CHARS + 1))).toEqual({
      key: 'tooLong',
      params: { max: 2000, length: 2001 },
    });
    expect(withNoteAdded(base, 0, '')).toMatchObject({ ok: false });
    const full = withRaw(
      Array.from({ length: MAX_TOUR_NOTES }, (_, i) => ({ step: i, text: 't' })),
    );
    expect(withNoteAdded(full, 0, 'one more')).toEqual({
      ok: false,
      error: { key: 'tooMany', params: { max: 200 } },
    });
    expect(withNoteAdded(42, 0, 'x')).toMatchObject({ ok: false });
  });
});
