// Issue #7 (Reach): themes (System / Light / Dark, remembered, never in the link), narrow screens
// (390 px: no page-level horizontal scroll, the pipeline pans inside its pane, 44 px controls)
// and offline use (the service worker serves the whole app, lazy chunks included, with the
// network cut). The sub-path build has its own file (reach-subpath.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model';
import { openApp, saveScreenshots, SCREENSHOT_DIR, titleOf, useBrowser } from './app';
import { outcomeTable } from './outcomeTable';

useBrowser();

const PHONE = { width: 390, height: 844 };
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const radio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });
const bodyBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const pageScrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** --bg and --surface of each theme (src/ui/styles.css) as getComputedStyle reports them. */
const LIGHT_BG = 'rgb(247, 247, 245)';
const DARK_BG = 'rgb(22, 24, 28)';
const DARK_SURFACE = 'rgb(31, 34, 40)';

describe('themes', () => {
  it('follows the system scheme by default', async () => {
    const light = await openApp({ colorScheme: 'light' });
    const dark = await openApp({ colorScheme: 'dark' });
    try {
      expect(await bodyBackground(light.page)).toBe(LIGHT_BG);
      expect(await bodyBackground(dark.page)).toBe(DARK_BG);
      expect(await radio(dark.page, 'System').isChecked()).toBe(true);
      await saveScreenshots(dark.page, 'reach-dark-system');
    } finally {
      await light.page.context().close();
      await dark.page.context().close();
    }
  });

  it('switches with the toggle, remembers it across a reload, and keeps it out of the link', async () => {
    const { page, errors } = await openApp({ colorScheme: 'light' });
    try {
      await radio(page, 'Dark').check();
      expect(await bodyBackground(page)).toBe(DARK_BG);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      // The pipeline follows too: its pane background is the dark surface.
      const pane = page.locator('.pv-pane');
      expect(await pane.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(DARK_SURFACE);
      await page.getByRole('slider', { name: 'Timeline', exact: true }).fill('43');
      await saveScreenshots(page, 'reach-dark-toggle');

      await page.reload();
      await outcomeTable(page).waitFor();
      expect(await radio(page, 'Dark').isChecked()).toBe(true);
      expect(await bodyBackground(page)).toBe(DARK_BG);
      // A preference about the reader, not the scenario: never in the share link.
      expect(await page.evaluate(() => location.href)).not.toMatch(/theme|dark/i);

      await radio(page, 'Light').check();
      expect(await bodyBackground(page)).toBe(LIGHT_BG);
      await radio(page, 'System').check();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      expect(
        await page.evaluate(() => localStorage.getItem('scatterlist-explorer:theme')),
      ).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('is operable from the keyboard, with a visible focus ring', async () => {
    const { page } = await openApp({ colorScheme: 'light' });
    try {
      await radio(page, 'System').focus();
      const ring = await page
        .locator('.theme-switch label', { has: radio(page, 'System') })
        .evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(ring).toBe('solid');
      await page.keyboard.press('ArrowRight');
      expect(await radio(page, 'Light').isChecked()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    } finally {
      await page.context().close();
    }
  });
});

describe('390 px wide', () => {
  it('has no horizontal page scroll, and the main controls are 44 px tap targets', async () => {
    const { page, errors } = await openApp({ viewport: PHONE, hasTouch: true, isMobile: true });
    try {
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      const controls = [
        button(page, 'Play'),
        button(page, 'Step forward'),
        button(page, 'Step back'),
        button(page, 'Go to start'),
        button(page, 'Go to end'),
        page.getByRole('combobox', { name: 'Scenario', exact: true }),
        page.locator('summary', { hasText: /^Presets$/ }),
        page.locator('summary', { hasText: /^Edit scenario$/ }),
        page.locator('.theme-switch label').first(),
        page.locator('.version-focus label').first(),
      ];
      for (const control of controls) {
        const what = await control.evaluate((e) => e.outerHTML.slice(0, 80));
        const box = (await control.boundingBox())!;
        expect(box.height, what).toBeGreaterThanOrEqual(44);
        expect(box.x, what).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, what).toBeLessThanOrEqual(PHONE.width);
      }
      // Still none with a panel and the table view open, at a step deep into the run.
      await page.locator('summary', { hasText: /^Presets$/ }).click();
      await page.getByRole('list', { name: 'Presets' }).getByRole('listitem').first().waitFor();
      await button(page, 'Go to end').click();
      await page.locator('summary', { hasText: /^Table view/ }).click();
      await page.getByRole('table', { name: /^Completion copies of 0a8704a51/ }).waitFor();
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await saveScreenshots(page, 'reach-390');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('pans the pipeline inside its pane by touch, without moving the page', async () => {
    const { page } = await openApp({ viewport: PHONE, hasTouch: true, isMobile: true });
    try {
      // parted's 16 KiB read (5 segments, at step 43) is far wider than a phone.
      await page.getByRole('slider', { name: 'Timeline', exact: true }).fill('43');
      const pane = page.locator('.pv-pane');
      const drawing = pane.locator('svg > g').first();
      await expect.poll(() => pane.locator('svg').getAttribute('data-animating')).toBe('false');
      // Centre the pane in the viewport, clear of the sticky timeline above it.
      await pane.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const box = (await pane.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      const y = Math.min(box.y + box.height / 2, PHONE.height - 40);
      const panX = async () => {
        const t = (await drawing.getAttribute('transform')) ?? '';
        return Number(/translate\(([-\d.]+)/.exec(t)?.[1]);
      };
      const x0 = await panX();

      // Finger swipes (raw touch events, as a phone sends them): to the left shows more of the
      // right-hand side (the drawing's x offset decreases), to the right goes back.
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: x === undefined ? [] : [{ x, y }],
        });
      const swipe = async (from: number, by: number) => {
        await touch('touchStart', from);
        for (let i = 1; i <= 8; i++) await touch('touchMove', from + (by * i) / 8);
        await touch('touchEnd');
      };
      await swipe(box.x + 250, -150);
      await expect.poll(panX).toBeLessThan(x0);
      const x1 = await panX();
      await swipe(box.x + 60, 100);
      await expect.poll(panX).toBeGreaterThan(x1);

      expect(await page.evaluate(() => window.scrollX)).toBe(0);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await pane.screenshot({ path: `${SCREENSHOT_DIR}reach-390-pipeline.png` });
    } finally {
      await page.context().close();
    }
  });
});

describe('offline', () => {
  it('reloads with the network cut once the service worker is active, lazy chunks included', async () => {
    const { page } = await openApp();
    const context = page.context();
    try {
      // The worker registers after load, precaches the build while installing, then claims
      // the page (clientsClaim): a controller means the whole build is in the cache.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

      await context.setOffline(true);
      await page.reload();
      await outcomeTable(page).waitFor();
      const parted = titleOf(PRESETS.find((p) => p.id === 'parted-gpt')!);
      await page.getByRole('heading', { level: 2, name: parted, exact: true }).waitFor();
      // Lazy chunks: the hex view (below the fold) and the presets gallery (on demand).
      await page.getByRole('heading', { level: 2, name: 'Hex view', exact: true }).waitFor();
      await page.locator('summary', { hasText: /^Presets$/ }).click();
      await page.getByRole('list', { name: 'Presets' }).getByRole('listitem').first().waitFor();
      // The simulation itself runs: the outcome table has its three versions.
      expect(await outcomeTable(page).locator('tbody tr').count()).toBe(3);
      // And the network really is cut: a URL the worker has not cached does not load.
      const fetched = await page.evaluate(() =>
        fetch(`not-cached-${Date.now()}.txt`).then(
          () => 'loaded',
          () => 'failed',
        ),
      );
      expect(fetched).toBe('failed');
    } finally {
      await context.close();
    }
  });
});
