// The preset picker: a labelled native <select>, so keyboard and screen-reader use come for free.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preset } from '../model';
import { usePresetText } from '../i18n/usePresetText';

/** Props of ScenarioPicker: the presets in picker order, the chosen id, and a change handler. */
export interface ScenarioPickerProps {
  readonly presets: readonly Preset[];
  readonly value: string;
  readonly onChange: (presetId: string) => void;
}

/** A <select> named "Scenario" listing every preset by title. */
export function ScenarioPicker({ presets, value, onChange }: ScenarioPickerProps) {
  const id = useId();
  const { t } = useTranslation();
  const presetText = usePresetText();
  return (
    <div className="picker">
      <label htmlFor={id}>{t('picker.label')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {/* A scenario from a link or the editor is no preset: say so rather than show one. */}
        {!presets.some((p) => p.id === value) && (
          <option value={value} disabled>
            {t('picker.custom')}
          </option>
        )}
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {presetText(p).title}
          </option>
        ))}
      </select>
    </div>
  );
}
