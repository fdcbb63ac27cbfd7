// The interface languages. Pure (no imports), so the link codec in src/state can name them
// without pulling in the i18n library.

/** Interface languages, as BCP 47 tags (also the values of a link's `lang=`). */
export const LANGUAGES = ['en', 'zh-Hans'] as const;

/** One interface language. */
export type Language = (typeof LANGUAGES)[number];

/** The language used when nothing says otherwise, and the fallback for missing text. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in that language, as the switcher lists it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  'zh-Hans': '简体中文',
};

/** True for a supported language tag, written exactly as LANGUAGES spells it. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
