// The language switcher in the header: a native <select> whose options are each written in their
// own language, so a reader who cannot read the current one still finds theirs. Its visible label
// always contains the English word "Language" too, for the same reason.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorer, useExplorerStore } from '../state/StoreContext';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from './languages';
import { localStorageOrNull, saveLanguage } from './savedLanguage';
import './languageSwitcher.css';

/** The "Language" select: changes the store's language and remembers the choice. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const store = useExplorerStore();
  const language = useExplorer((s) => s.language);
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => {
          const chosen = e.currentTarget.value;
          if (!isLanguage(chosen)) return;
          saveLanguage(localStorageOrNull(), chosen);
          store.getState().setLanguage(chosen);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
