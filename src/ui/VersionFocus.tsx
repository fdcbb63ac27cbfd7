// Which version's lane is enlarged and drives the code pane: radio buttons named by version id
// (ui-contract.md), with the version's one-line summary beside each.
import { useTranslation } from 'react-i18next';
import { VERSION_IDS, type VersionId } from '../model';
import { useExplorer, useExplorerStore } from '../state/StoreContext';

/** The version focus radio group. */
export function VersionFocus() {
  const store = useExplorerStore();
  const focus = useExplorer((s) => s.focus);
  const { t } = useTranslation();
  return (
    <fieldset className="version-focus">
      <legend>{t('focus.legend')}</legend>
      {VERSION_IDS.map((v: VersionId) => (
        <label
          key={v}
          title={t(`versions.${v}.summary`)}
          className={v === focus ? 'is-focused' : undefined}
        >
          <input
            type="radio"
            name="version-focus"
            value={v}
            checked={v === focus}
            onChange={() => store.getState().setFocus(v)}
            aria-label={v}
            aria-describedby={`version-focus-${v}`}
          />
          <code aria-hidden="true">{v}</code>
          <span id={`version-focus-${v}`} className="version-focus-title">
            {t(`versions.${v}.title`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
