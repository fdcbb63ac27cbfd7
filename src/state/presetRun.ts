// What the page shows for a preset: the model's run, or the reasons there is none. Both are
// values so that a bad preset file becomes a message on the page, never an exception in render.
import { err, ok, type Result } from '../lib/result';
import {
  parseScenario,
  simulate,
  type Preset,
  type ScenarioIssue,
  type Simulation,
} from '../model';

/** A preset after the model has run on it, or the issues that stopped it. */
export type PresetRun = Result<Simulation, readonly ScenarioIssue[]>;

/** Parses and simulates a preset; invalid input and model assertions both come back as issues. */
export function runPreset(preset: Preset): PresetRun {
  const parsed = parseScenario(preset.json);
  if (!parsed.ok) return err(parsed.error);
  try {
    return ok(simulate(parsed.value));
  } catch (e) {
    // The model throws only on broken invariants; the page should still explain what happened.
    const message = e instanceof Error ? e.message : String(e);
    return err([{ path: '(simulation)', message: `the model failed: ${message}` }]);
  }
}

/** The name a preset goes by in the picker: its title, or its id when the file has no title. */
export function presetTitle(preset: Preset): string {
  const json = preset.json;
  // Read the raw JSON, not the parsed scenario: an invalid preset still needs a name to pick it by.
  if (typeof json === 'object' && json !== null && 'title' in json) {
    const title = (json as { title: unknown }).title;
    if (typeof title === 'string' && title.trim() !== '') return title;
  }
  return preset.id;
}
