// The one i18next instance of the app. English is bundled (it is the default and the fallback
// for any missing text); other languages are separate chunks, loaded before they are shown, so
// the first paint of an English page carries no Chinese text.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import { EN_RESOURCES, NAMESPACES, type Resources } from './resources';

/** Loaders of the resources of every language but English (each its own chunk). */
const LAZY_RESOURCES: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Resources>>> = {
  'zh-Hans': () => import('./locales/zh-Hans').then((m) => m.ZH_HANS_RESOURCES),
};

/** The app's i18next instance (also what react-i18next's hooks use). */
export const i18n: I18n = i18next.createInstance();

// Initialised at once with the bundled English (synchronously: no backend, initAsync off), so
// anything that renders a component — the app, server-rendering tests — has text to show.
void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['en', 'zh-Hans'],
  // 'zh-Hans' is a language of its own here: never look for a bare 'zh' bundle.
  load: 'currentOnly',
  ns: [...NAMESPACES],
  defaultNS: 'ui',
  resources: { en: EN_RESOURCES },
  initAsync: false,
  // React escapes text itself; escaping here would show "&lt;" in the page.
  interpolation: { escapeValue: false },
});

/** Makes `language`'s resources available (a no-op when they already are). */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'ui')) return;
  const resources = await LAZY_RESOURCES[language]();
  for (const ns of NAMESPACES) i18n.addResourceBundle(language, ns, resources[ns], true, true);
}

/** Shows the interface in `language`, its resources loaded first; call before the first render. */
export async function initI18n(language: Language): Promise<I18n> {
  await setLanguage(language);
  return i18n;
}

/**
 * Switches the interface to `language`, loading it first. If its chunk cannot be loaded (offline
 * after an update), the page stays in the language it had and the error is reported to the caller.
 */
export async function setLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
