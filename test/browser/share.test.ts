// Share links, reload and the Recent list in real Chromium: a link copied in one browser opens the
// same scenario, step and focus in another; a garbage link shows what was wrong over the default
// scenario; a reload keeps the place; scenarios opened from links appear under "Recent".
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_PRESET_ID, PRESETS } from '../../src/model';
import { encodeLink } from '../../src/state/url';
import { compressScenario } from '../../src/state/url/scenarioParam';
import { choosePreset, openApp, saveScreenshots, titleOf, useBrowser, type AppPage } from './app';
import { outcomeTable } from './outcomeTable';

useBrowser();

const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline', exact: true });
const stepOf = async (page: Page) => Number(await timeline(page).inputValue());
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const scenarioHeading = (page: Page, title: string) =>
  page.getByRole('heading', { level: 2, name: title, exact: true });
const checkedFocus = (page: Page) =>
  page.locator('input[name="version-focus"]:checked').getAttribute('value');

/** Opens the app at `suffix` (e.g. '#v=1&…') in a fresh context, runs `body`, then closes it. */
async function withLink(
  suffix: string,
  body: (app: AppPage) => Promise<void>,
  options: Parameters<typeof openApp>[0] = {},
): Promise<void> {
  const app = await openApp(options, suffix);
  try {
    await body(app);
  } finally {
    await app.page.context().close();
  }
}

/**
 * Waits until the page has loaded everything, lazy chunks and favicon included, so that leaving
 * or reloading it aborts no request (Chromium would report those as failed requests).
 */
const settle = (page: Page) => page.waitForLoadState('networkidle');

/** The part of an absolute app URL after the app's base URL. */
const suffixOf = (url: string) => {
  const base = inject('appUrl');
  expect(url.startsWith(base)).toBe(true);
  return url.slice(base.length);
};

/** Waits until the address bar's fragment has caught up with the explorer (it is coalesced). */
const waitForHash = (page: Page, pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(location.hash), pattern.source);

const CUSTOM = {
  version: 1,
  title: 'Shared: a stripe read through two pages',
  disk: { sectors: 2048, content: 'pattern' },
  ops: [
    {
      op: 'read',
      sector: 8,
      bvecs: [
        { page: 1, offset: 0, length: 1024 },
        { page: 2, offset: 1024, length: 1024 },
        { page: 3, offset: 0, length: 2048 },
      ],
    },
  ],
};

describe('share links', () => {
  it('carries scenario, step and focus from one browser to another', async () => {
    const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
    let link = '';
    await withLink(
      '',
      async ({ page, errors }) => {
        await choosePreset(page, preset('d62-commit-example'));
        await timeline(page).fill('7');
        await page.getByRole('radio', { name: 'b7649158', exact: true }).check();
        await button(page, 'Copy link to this step').click();
        await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
        link = await page.evaluate(() => navigator.clipboard.readText());
        expect(link).toMatch(/#v=1&p=d62-commit-example&step=7&focus=b7649158$/);
        // The address bar catches up with the same link (its writes are coalesced).
        await page.waitForFunction((expected) => location.href === expected, link);
        expect(errors).toEqual([]);
      },
      clipboard,
    );

    await withLink(suffixOf(link), async ({ page, errors }) => {
      await scenarioHeading(page, titleOf(preset('d62-commit-example'))).waitFor();
      expect(await stepOf(page)).toBe(7);
      expect(await checkedFocus(page)).toBe('b7649158');
      await saveScreenshots(page, 'share-opened-link');
      expect(errors).toEqual([]);
    });
  });

  it('opens a compressed scenario, and "Copy link" leaves the step out', async () => {
    const suffix = `#${encodeLink({ scenarioJson: CUSTOM, step: 4, focus: 'd62f69185' })}`;
    let link = '';
    await withLink(
      suffix,
      async ({ page, errors }) => {
        await scenarioHeading(page, CUSTOM.title).waitFor();
        expect(await stepOf(page)).toBe(4);
        await button(page, 'Copy link').click();
        await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
        link = await page.evaluate(() => navigator.clipboard.readText());
        expect(link).toMatch(/#v=1&s=[A-Za-z0-9_-]+&focus=d62f69185$/);
        expect(errors).toEqual([]);
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
    await withLink(suffixOf(link), async ({ page }) => {
      await scenarioHeading(page, CUSTOM.title).waitFor();
      expect(await stepOf(page)).toBe(0);
      expect(await checkedFocus(page)).toBe('d62f69185');
    });
  });

  it('shows the link in a text field when the clipboard is unavailable', async () => {
    await withLink('', async ({ page, errors }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined });
      });
      await settle(page);
      await page.reload();
      await outcomeTable(page).waitFor();
      await button(page, 'Step forward').click();
      await button(page, 'Copy link to this step').click();
      await page
        .getByRole('status')
        .filter({ hasText: /copy the link below/ })
        .waitFor();
      const field = page.getByRole('textbox', { name: 'Link to this step', exact: true });
      expect(await field.inputValue()).toMatch(/#v=1&p=parted-gpt&step=1$/);
      // Selected, so Ctrl+C copies it at once.
      expect(
        await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!),
      ).toBe((await field.inputValue()).length);
      await saveScreenshots(page, 'share-fallback-field');
      expect(errors).toEqual([]);
    });
  });

  it('opens a link pasted into the running app', async () => {
    await withLink('', async ({ page, errors }) => {
      await page.evaluate(() => (location.hash = '#v=1&p=raid-stripe&step=4&focus=d62f69185'));
      await scenarioHeading(page, titleOf(preset('raid-stripe'))).waitFor();
      expect(await stepOf(page)).toBe(4);
      expect(await checkedFocus(page)).toBe('d62f69185');
      expect(errors).toEqual([]);
    });
  });
});

describe('bad links', () => {
  it('show what was wrong over the default scenario, with no console errors', async () => {
    await withLink('#v=1&s=garbage$$&step=-1', async ({ page, errors }) => {
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toMatch(/s: not valid compressed data/);
      await scenarioHeading(page, titleOf(preset(DEFAULT_PRESET_ID))).waitFor();
      expect(await stepOf(page)).toBe(0);
      await saveScreenshots(page, 'share-bad-link');
      // The address bar now says what is on screen, so a reload does not repeat the complaint.
      await waitForHash(page, /^#v=1&p=parted-gpt$/);
      await button(page, 'Dismiss').click();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('name the field of an invalid scenario and keep the tab’s last good state', async () => {
    await withLink('', async ({ page, errors }) => {
      await choosePreset(page, preset('raid-stripe'));
      await timeline(page).fill('6');
      const bad = {
        ...CUSTOM,
        ops: [{ op: 'read', sector: 0, buffer: { address: 0, length: 0 } }],
      };
      // Compressed by hand: the encoder itself refuses invalid scenarios.
      const hash = `#v=1&s=${compressScenario(JSON.stringify(bad))}`;
      await page.evaluate((h) => (location.hash = h), hash);
      await page.getByRole('alert').filter({ hasText: 'ops[0].buffer.length' }).waitFor();
      await scenarioHeading(page, titleOf(preset('raid-stripe'))).waitFor();
      expect(await stepOf(page)).toBe(6);
      // Leave, then open the same bad link afresh in this tab: the tab's last good state stays.
      await settle(page);
      await page.goto('about:blank');
      await page.goto(`${inject('appUrl')}${hash}`);
      await outcomeTable(page).waitFor();
      await page.getByRole('alert').filter({ hasText: 'ops[0].buffer.length' }).waitFor();
      await scenarioHeading(page, titleOf(preset('raid-stripe'))).waitFor();
      expect(await stepOf(page)).toBe(6);
      expect(errors).toEqual([]);
    });
  });
});

describe('persistence', () => {
  it('keeps scenario, step and focus across a reload, and without the fragment', async () => {
    await withLink('', async ({ page, errors }) => {
      await choosePreset(page, preset('defeats-d62'));
      await timeline(page).fill('5');
      await page.getByRole('radio', { name: 'd62f69185', exact: true }).check();
      await waitForHash(page, /p=defeats-d62&step=5&focus=d62f69185/);
      await settle(page);
      await page.reload();
      await scenarioHeading(page, titleOf(preset('defeats-d62'))).waitFor();
      expect(await stepOf(page)).toBe(5);
      expect(await checkedFocus(page)).toBe('d62f69185');
      // The bare address in the same tab: restored from this tab's sessionStorage.
      await settle(page);
      await page.goto(inject('appUrl'));
      await scenarioHeading(page, titleOf(preset('defeats-d62'))).waitFor();
      expect(await stepOf(page)).toBe(5);
      expect(errors).toEqual([]);
    });
  });

  it('lists a scenario opened from an s= link under Recent, and loads it from there', async () => {
    const suffix = `#${encodeLink({ scenarioJson: CUSTOM })}`;
    await withLink(suffix, async ({ page, errors }) => {
      await scenarioHeading(page, CUSTOM.title).waitFor();
      await choosePreset(page, preset('page-aligned'));
      await page.locator('summary', { hasText: 'Recent' }).click();
      const entry = button(page, CUSTOM.title);
      await entry.waitFor();
      // Presets are not "built", so page-aligned is not listed.
      expect(await button(page, titleOf(preset('page-aligned'))).count()).toBe(0);
      await saveScreenshots(page, 'share-recent');
      await entry.click();
      await scenarioHeading(page, CUSTOM.title).waitFor();
      expect(errors).toEqual([]);
    });
  });
});
