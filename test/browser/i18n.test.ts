// The interface language in real Chromium: detected from the browser, switched with the
// "Language" select, written into the address bar and "Copy link" as lang=, and carried by that
// link into a browser that prefers another language. The UI contract's names (Play, Timeline,
// the outcome table and its column headers) stay the same in every language.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, saveScreenshots, useBrowser, type AppPage } from './app';
import { CONTRACT_HEADERS, outcomeHeaders, outcomeTable } from './outcomeTable';

useBrowser();

const languageSelect = (page: Page) => page.getByRole('combobox', { name: /Language/ });
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const waitForHash = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(location.hash), pattern.source);

/** Opens the app at `suffix` in a fresh context with the given browser locale; closes it after. */
async function withLocale(
  locale: string,
  suffix: string,
  body: (app: AppPage) => Promise<void>,
  permissions: string[] = [],
): Promise<void> {
  const app = await openApp({ locale, permissions }, suffix);
  try {
    await body(app);
  } finally {
    await app.page.context().close();
  }
}

/** The page's contract names, which must not change with the language. */
async function expectContractNames(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  await page.getByRole('slider', { name: 'Timeline', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Step forward', exact: true }).waitFor();
  await page.getByRole('radio', { name: 'd62f69185', exact: true }).waitFor();
  await outcomeTable(page).waitFor();
  expect((await outcomeHeaders(page)).slice(0, CONTRACT_HEADERS.length)).toEqual([
    ...CONTRACT_HEADERS,
  ]);
}

describe('interface language', () => {
  it("starts in Simplified Chinese when the browser prefers Chinese, and keeps the contract's names", async () => {
    await withLocale('zh-CN', '', async ({ page, errors }) => {
      await expect.poll(() => htmlLang(page)).toBe('zh-Hans');
      expect(await heading(page).innerText()).toContain('散列表探查器');
      expect(await languageSelect(page).inputValue()).toBe('zh-Hans');
      await page.getByRole('region', { name: '讲解' }).waitFor();
      await expectContractNames(page);
      await saveScreenshots(page, 'i18n-zh-detected');
      expect(errors).toEqual([]);
    });
  });

  it('round-trips the language through a copied link, and back to English', async () => {
    let link = '';
    await withLocale(
      'en-US',
      '#v=1&p=raid-stripe&step=12',
      async ({ page, errors }) => {
        expect(await htmlLang(page)).toBe('en');
        expect(await heading(page).innerText()).toBe('Scatterlist Explorer');
        await languageSelect(page).selectOption({ label: '简体中文' });
        await expect.poll(() => htmlLang(page)).toBe('zh-Hans');
        await page.getByRole('button', { name: '复制链接', exact: true }).waitFor();
        await waitForHash(page, /^#v=1&p=raid-stripe&step=12&lang=zh-Hans$/);
        await expectContractNames(page);

        await page.getByRole('button', { name: '复制指向此步的链接', exact: true }).click();
        await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor();
        link = await page.evaluate(() => navigator.clipboard.readText());
        expect(link).toMatch(/#v=1&p=raid-stripe&step=12&lang=zh-Hans$/);
        expect(errors).toEqual([]);
      },
      ['clipboard-read', 'clipboard-write'],
    );

    // The reader's browser prefers English, but the link says Chinese: the link wins.
    const suffix = link.slice(inject('appUrl').length);
    await withLocale('en-US', suffix, async ({ page, errors }) => {
      await expect.poll(() => htmlLang(page)).toBe('zh-Hans');
      expect(await languageSelect(page).inputValue()).toBe('zh-Hans');
      expect(await page.getByRole('slider', { name: 'Timeline', exact: true }).inputValue()).toBe(
        '12',
      );
      await saveScreenshots(page, 'i18n-zh-from-link');

      // Back to English: lang= leaves the address bar (English is the default) and the choice
      // is saved, so a reload without the link stays English.
      await languageSelect(page).selectOption({ label: 'English' });
      await expect.poll(() => htmlLang(page)).toBe('en');
      await waitForHash(page, /^#v=1&p=raid-stripe&step=12$/);
      await page.getByRole('button', { name: 'Copy link', exact: true }).waitFor();
      expect(await heading(page).innerText()).toBe('Scatterlist Explorer');
      await page.waitForLoadState('networkidle');
      await page.reload();
      await outcomeTable(page).waitFor();
      expect(await htmlLang(page)).toBe('en');
      expect(errors).toEqual([]);
    });
  });

  it('names lang= and its rule for an unknown value, and falls back to the browser language', async () => {
    await withLocale('zh-CN', '#v=1&p=raid-stripe&lang=klingon', async ({ page, errors }) => {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      // The page is Chinese, so the rule is worded in Chinese; the parameter keeps its name.
      expect(await alert.innerText()).toContain('lang: 必须是 en, zh-Hans 之一');
      await expect.poll(() => htmlLang(page)).toBe('zh-Hans');
      // The rest of the link still applies, and the rewritten address drops the bad value.
      await waitForHash(page, /^#v=1&p=raid-stripe&lang=zh-Hans$/);
      expect(errors).toEqual([]);
    });
  });
});
