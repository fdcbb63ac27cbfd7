// The language the user picked in the switcher, kept in localStorage so every tab and later visit
// starts in it (a link's own `lang=` still wins for that page). Storage is untrusted and may be
// disabled: an unreadable value is ignored and a failed write is reported, never thrown.
import { isLanguage, type Language } from './languages';

/** localStorage key of the saved language. */
export const LANGUAGE_KEY = 'scatterlist-explorer:lang';

/** The part of the Web Storage API used here. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved language, or null when none (or not a supported one) is saved. */
export function loadSavedLanguage(storage: LanguageStorage | null): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY) ?? null;
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves the switcher's choice; false when the storage refused it. */
export function saveLanguage(storage: LanguageStorage | null, language: Language): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LANGUAGE_KEY, language);
    return true;
  } catch {
    return false;
  }
}

/** window.localStorage, or null where merely reading it throws (storage disabled by policy). */
export function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
