import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromNavigator, languageOfTag } from './detect';

describe('languageOfTag', () => {
  it('maps every Chinese tag to zh-Hans, Traditional ones included (see docs/i18n.md)', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh_CN', 'ZH-cn'])
      expect(languageOfTag(tag), tag).toBe('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-TW'])
      expect(languageOfTag(tag), tag).toBe('zh-Hans');
  });

  it('maps English tags to en and anything else to nothing', () => {
    expect(languageOfTag('en-GB')).toBe('en');
    expect(languageOfTag('en')).toBe('en');
    expect(languageOfTag('fr-FR')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });
});

describe('languageFromNavigator', () => {
  it("takes the browser's most preferred language the explorer speaks", () => {
    expect(languageFromNavigator(['fr-FR', 'zh-CN', 'en-US'])).toBe('zh-Hans');
    expect(languageFromNavigator(['de', 'en-US', 'zh-CN'])).toBe('en');
    expect(languageFromNavigator(['de', 'fr'])).toBeNull();
    expect(languageFromNavigator([])).toBeNull();
  });
});

describe('detectLanguage', () => {
  it("prefers the link's lang=, then the saved choice, then the browser, then English", () => {
    const browser = ['zh-CN'];
    expect(detectLanguage({ link: 'en', saved: 'zh-Hans', navigator: browser })).toBe('en');
    expect(detectLanguage({ saved: 'en', navigator: browser })).toBe('en');
    expect(detectLanguage({ saved: null, navigator: browser })).toBe('zh-Hans');
    expect(detectLanguage({ navigator: ['ja-JP'] })).toBe('en');
    expect(detectLanguage({})).toBe('en');
  });
});
