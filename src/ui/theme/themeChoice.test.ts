import { describe, expect, it } from 'vitest';
import { readThemeChoice, THEME_KEY, writeThemeChoice } from './themeChoice';

/** A Map-backed Storage stand-in. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('theme choice storage', () => {
  it('defaults to following the system', () => {
    expect(readThemeChoice(memoryStorage())).toBe('system');
    expect(readThemeChoice(null)).toBe('system');
  });

  it('reads back what was written', () => {
    const s = memoryStorage();
    expect(writeThemeChoice(s, 'dark')).toBe(true);
    expect(s.map.get(THEME_KEY)).toBe('dark');
    expect(readThemeChoice(s)).toBe('dark');
    writeThemeChoice(s, 'light');
    expect(readThemeChoice(s)).toBe('light');
  });

  it('forgets the key when the user goes back to system', () => {
    const s = memoryStorage({ [THEME_KEY]: 'dark' });
    writeThemeChoice(s, 'system');
    expect(s.map.has(THEME_KEY)).toBe(false);
  });

  it('treats an unknown stored value as system', () => {
    expect(readThemeChoice(memoryStorage({ [THEME_KEY]: 'sepia' }))).toBe('system');
  });

  it('survives storage that throws', () => {
    expect(readThemeChoice(throwing)).toBe('system');
    expect(writeThemeChoice(throwing, 'dark')).toBe(false);
  });
});
