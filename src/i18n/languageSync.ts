// Keeps i18next and <html lang> in step with the store's language, whoever changed it (the
// switcher, or a link pasted into the address bar). A language's text is loaded before it is
// shown, so the page never flashes keys or half-translated text.
import type { ExplorerStore } from '../state/explorerStore';
import { i18n, setLanguage } from './setup';
import { isLanguage, type Language } from './languages';

/** Sets the document's language, for screen readers, fonts, hyphenation and translation tools. */
export function setDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

/** Follows the store's language from now on; returns the function that stops following. */
export function startLanguageSync(store: ExplorerStore): () => void {
  const follow = (language: Language) => {
    setLanguage(language).then(
      () => {
        // A later switch may have overtaken this one while its text was loading.
        if (store.getState().language === language) setDocumentLanguage(language);
      },
      () => {
        // The chunk could not be loaded (offline after an update): stay in the language shown.
        const shown = i18n.language;
        if (isLanguage(shown) && store.getState().language === language)
          store.getState().setLanguage(shown);
      },
    );
  };
  setDocumentLanguage(store.getState().language);
  return store.subscribe((now, before) => {
    if (now.language !== before.language) follow(now.language);
  });
}
