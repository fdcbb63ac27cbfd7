// The theme choice as React state: starts from storage, and on change is stored and applied to
// <html> at once. Another tab changing it (a `storage` event) is followed too.
import { useCallback, useEffect, useState } from 'react';
import {
  applyThemeChoice,
  browserStorage,
  readThemeChoice,
  THEME_KEY,
  writeThemeChoice,
  type ThemeChoice,
} from './themeChoice';

/** [current choice, setter that stores and applies it]. */
export function useThemeChoice(): readonly [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice(browserStorage()));
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== THEME_KEY && e.key !== null) return;
      const next = readThemeChoice(browserStorage());
      applyThemeChoice(document.documentElement, next);
      setChoice(next);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const choose = useCallback((next: ThemeChoice) => {
    writeThemeChoice(browserStorage(), next);
    applyThemeChoice(document.documentElement, next);
    setChoice(next);
  }, []);
  return [choice, choose];
}

/** Applies the stored choice before the first render, so the page never flashes the other theme. */
export function initTheme(): void {
  applyThemeChoice(document.documentElement, readThemeChoice(browserStorage()));
}
