// Preset titles and descriptions in the interface language, falling back to the file's English.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preset } from '../model';
import { presetTitle } from '../state/presetRun';
import type { PresetText } from './presetText';

/** A function giving a preset's title and description in the current language. */
export function usePresetText(): (preset: Preset) => PresetText {
  const { t } = useTranslation('presets');
  return useCallback(
    (preset: Preset) => {
      const title = t(`${preset.id}.title`, { defaultValue: presetTitle(preset) });
      const english = t(`${preset.id}.description`, { lng: 'en', defaultValue: '' });
      const description = t(`${preset.id}.description`, { defaultValue: english });
      return description === '' ? { title } : { title, description };
    },
    [t],
  );
}
