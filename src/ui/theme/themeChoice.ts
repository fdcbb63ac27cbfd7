// The user's colour theme: follow the OS ("system"), or force light or dark. Remembered per
// browser in localStorage (a preference about the reader, so never part of a share link) and
// applied as data-theme on <html>, which styles.css turns into `color-scheme`; every colour token
// is a light-dark() pair, so nothing re-renders when the theme changes.

/** What the theme switch offers (its words per language: reach.json, theme.choices). */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;

/** One of THEME_CHOICES. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** localStorage key of the choice (same prefix as the app's other keys). */
export const THEME_KEY = 'scatterlist-explorer:theme';

/** Whether a stored value is a choice we know (anything else means "system"). */
export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);

/** The stored choice; "system" when there is none, it is unknown, or storage is unavailable. */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | null): ThemeChoice {
  try {
    const value = storage?.getItem(THEME_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    // Storage can throw (disabled cookies, sandboxed iframes): the OS setting is a fine default.
    return 'system';
  }
}

/** Stores the choice ("system" removes the key); false when storage refused it. */
export function writeThemeChoice(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  choice: ThemeChoice,
): boolean {
  if (!storage) return false;
  try {
    if (choice === 'system') storage.removeItem(THEME_KEY);
    else storage.setItem(THEME_KEY, choice);
    return true;
  } catch {
    return false;
  }
}

/** Applies the choice to the document root: data-theme for light/dark, none for system. */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/** localStorage, or null where reading it throws (some privacy modes and sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
