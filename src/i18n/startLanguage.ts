// Startup: decide the language, put it in the store, load its text and keep everything in step.
import type { ExplorerStore } from '../state/explorerStore';
import { detectLanguage } from './detect';
import { startLanguageSync } from './languageSync';
import type { Language } from './languages';
import { loadSavedLanguage, localStorageOrNull } from './savedLanguage';
import { initI18n } from './setup';

/**
 * Picks the start language (the link's `lang=`, else the saved choice, else the browser's
 * languages, else English), sets it in the store and loads its text. Resolves when the page can
 * render; if a language's text cannot be loaded, the page renders in English instead of not at all.
 */
export async function startLanguage(store: ExplorerStore, linkLang?: Language): Promise<void> {
  const language = detectLanguage({
    link: linkLang,
    saved: loadSavedLanguage(localStorageOrNull()),
    navigator: navigator.languages?.length ? navigator.languages : [navigator.language],
  });
  store.getState().setLanguage(language);
  try {
    await initI18n(language);
  } catch {
    store.getState().setLanguage('en');
    await initI18n('en');
  }
  startLanguageSync(store);
}
