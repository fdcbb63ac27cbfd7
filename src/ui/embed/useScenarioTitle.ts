// The scenario's display title, as the full explorer's summary heading shows it; shared by the
// embed view, its embed code and the presentation view.
import { PRESETS } from '../../model';
import { presetTitle } from '../../state/presetRun';
import { useExplorer } from '../../state/StoreContext';

/** The title of the scenario on screen: its own, its preset's, or "Custom scenario". */
export function useScenarioTitle(): string {
  const own = useExplorer((s) => s.run.sim.scenario.title);
  const presetId = useExplorer((s) => s.presetId);
  if (own && own.trim() !== '') return own;
  const preset = PRESETS.find((p) => p.id === presetId);
  return preset ? presetTitle(preset) : 'Custom scenario';
}
