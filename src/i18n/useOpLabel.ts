// Op labels in the interface language. A preset's labels are preset text, translated like its
// title (locales/<lang>/presets.json, `<preset>.ops.<index>`); once the scenario is edited
// (presetId is null) every label is the author's own words and shown as written.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer } from '../state/StoreContext';

/** A function giving op `index`'s label in the current language, or undefined when it has none. */
export function useOpLabel(): (index: number) => string | undefined {
  const { t } = useTranslation('presets');
  const presetId = useExplorer((s) => s.presetId);
  const scenario = useExplorer((s) => s.run.sim.scenario);
  return useCallback(
    (index: number) => {
      const written = scenario.ops[index]?.label;
      if (written === undefined || presetId === null) return written;
      return t(`${presetId}.ops.${index}`, { defaultValue: written });
    },
    [t, presetId, scenario],
  );
}
