import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_KEY,
  loadSavedLanguage,
  saveLanguage,
  type LanguageStorage,
} from './savedLanguage';

/** An in-memory storage; `broken` makes every call throw, as a disabled storage does. */
function fakeStorage(initial: Record<string, string> = {}, broken = false): LanguageStorage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k) => {
      if (broken) throw new Error('SecurityError');
      return items.get(k) ?? null;
    },
    setItem: (k, v) => {
      if (broken) throw new Error('QuotaExceededError');
      items.set(k, v);
    },
  };
}

describe('saved language', () => {
  it('round-trips a supported language', () => {
    const storage = fakeStorage();
    expect(loadSavedLanguage(storage)).toBeNull();
    expect(saveLanguage(storage, 'zh-Hans')).toBe(true);
    expect(loadSavedLanguage(storage)).toBe('zh-Hans');
  });

  it('ignores an unsupported or tampered value', () => {
    expect(loadSavedLanguage(fakeStorage({ [LANGUAGE_KEY]: 'zh-CN' }))).toBeNull();
    expect(loadSavedLanguage(fakeStorage({ [LANGUAGE_KEY]: '"en"' }))).toBeNull();
  });

  it('never throws when storage is missing or refuses', () => {
    expect(loadSavedLanguage(null)).toBeNull();
    expect(saveLanguage(null, 'en')).toBe(false);
    expect(loadSavedLanguage(fakeStorage({}, true))).toBeNull();
    expect(saveLanguage(fakeStorage({}, true), 'en')).toBe(false);
  });
});
