// The tour notes of the current scenario and the actions on them. Every change builds new scenario
// JSON and hands it to updateScenario(), which keeps the step: a teacher writing a note stays on
// the step the note is about.
import { useMemo } from 'react';
import type { Result } from '../../lib/result';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import {
  readNotes,
  withNoteAdded,
  withNoteDeleted,
  withNoteEdited,
  withNoteRestored,
  type IndexedNote,
  type NoteProblem,
} from './notes';

/** What a note change came to: null when saved, else the problem to show in the form. */
export type NoteChangeError = NoteProblem | null;

/** The tour notes, where the timeline is, and the actions that change notes or move the step. */
export interface TourNotesApi {
  readonly notes: readonly IndexedNote[];
  readonly step: number;
  readonly lastStep: number;
  add(text: string): NoteChangeError;
  edit(index: number, text: string): NoteChangeError;
  remove(index: number): NoteChangeError;
  restore(note: IndexedNote): NoteChangeError;
  goTo(step: number): void;
}

/** Reads the notes from the store's scenario JSON and wires the note actions to the store. */
export function useTourNotes(): TourNotesApi {
  const store = useExplorerStore();
  const json = useExplorer((s) => s.scenarioJson);
  const step = useExplorer((s) => s.step);
  const count = useExplorer((s) => s.run.sim.steps.length);
  const notes = useMemo(() => readNotes(json), [json]);

  return useMemo(() => {
    const apply = (change: (json: unknown) => Result<unknown, NoteProblem>): NoteChangeError => {
      const next = change(store.getState().scenarioJson);
      if (!next.ok) return next.error;
      // The model validates again; if it still refuses, its issues are in the load-issues banner.
      return store.getState().updateScenario(next.value) ? null : { key: 'refused' };
    };
    return {
      notes,
      step,
      lastStep: Math.max(0, count - 1),
      add: (text) => apply((j) => withNoteAdded(j, store.getState().step, text)),
      edit: (index, text) => apply((j) => withNoteEdited(j, index, text)),
      remove: (index) => apply((j) => withNoteDeleted(j, index)),
      restore: (note) => apply((j) => withNoteRestored(j, note)),
      goTo: (target) => {
        const s = store.getState();
        s.setPlaying(false);
        s.setStep(target);
      },
    };
  }, [store, notes, step, count]);
}
