// "Load in explorer": put a layout the search found on the explorer's stage, focused on the
// version in question, at the step where that version first goes wrong.
import type { Simulation, VersionId } from '../../model';
import { firstFailureStep } from '../../model/search';
import type { ExplorerStore } from '../../state/explorerStore';

/**
 * Where to open a loaded layout for `version`: its first wrong copy or BUG; for a layout it gets
 * right, the first completion copy of the last request (the layout's READ; earlier requests only
 * prime the grant pool); else null.
 */
export function stepToOpen(sim: Simulation, version: VersionId): number | null {
  const failure = firstFailureStep(sim, version);
  if (failure !== null) return failure;
  for (let i = sim.steps.length - 1; i >= 0; i--) {
    const s = sim.steps[i]!;
    if (s.type === 'completion-copy' && s.iteration === 0) return s.index;
  }
  return null;
}

/**
 * Loads `scenario`, focuses `version` and moves the timeline to stepToOpen(). False when the
 * scenario does not load; the explorer then shows its issues and keeps what it had.
 */
export function loadInExplorer(
  store: ExplorerStore,
  scenario: unknown,
  version: VersionId,
): boolean {
  if (!store.getState().loadScenario(scenario)) return false;
  store.getState().setFocus(version);
  const step = stepToOpen(store.getState().run.sim, version);
  if (step !== null) store.getState().setStep(step);
  return true;
}
