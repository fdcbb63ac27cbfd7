// Which language to start in: the link's `lang=` first (the sender chose it), then the choice
// this user saved with the switcher, then the browser's preferred languages, else English.
import { DEFAULT_LANGUAGE, type Language } from './languages';

/**
 * The supported language closest to one browser language tag, or null. Every Chinese tag maps to
 * zh-Hans, Traditional ones (zh-TW, zh-HK, zh-MO, zh-Hant) included: a reader of Traditional
 * characters reads Simplified far more easily than English, and the switcher is one click away.
 */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-Hans';
  if (primary === 'en') return 'en';
  return null;
}

/** The first of the browser's languages (most preferred first) that the explorer speaks. */
export function languageFromNavigator(tags: readonly string[]): Language | null {
  for (const tag of tags) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return null;
}

/** What the start language is decided from; each is absent when unknown or unreadable. */
export interface LanguageSources {
  /** The link's `lang=`, already validated. */
  readonly link?: Language | undefined;
  /** The user's saved switcher choice. */
  readonly saved?: Language | null | undefined;
  /** navigator.languages (or [navigator.language]). */
  readonly navigator?: readonly string[] | undefined;
}

/** The language to start in, by the order above. */
export function detectLanguage(sources: LanguageSources): Language {
  return (
    sources.link ??
    sources.saved ??
    languageFromNavigator(sources.navigator ?? []) ??
    DEFAULT_LANGUAGE
  );
}
