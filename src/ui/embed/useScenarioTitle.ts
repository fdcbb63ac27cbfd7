// The scenario's display title, as the full explorer's summary heading shows it; shared by the
// embed view, its embed code and the presentation view.
import { useTranslation } from 'react-i18next';
import { usePresetText } from '../../i18n/usePresetText';
import { PRESETS } from '../../model';
import { useExplorer } from '../../state/StoreContext';

/**
 * The title of the scenario on screen: an unchanged preset's in the interface language, else the
 * scenario's own (the user's words, never translated), else "Custom scenario".
 */
export function useScenarioTitle(): string {
  const own = useExplorer((s) => s.run.sim.scenario.title);
  const presetId = useExplorer((s) => s.presetId);
  const presetText = usePresetText();
  const { t } = useTranslation();
  const preset = PRESETS.find((p) => p.id === presetId);
  if (preset) return presetText(preset).title;
  return own && own.trim() !== '' ? own : t('picker.custom');
}
