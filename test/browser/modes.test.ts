// The explorer's other faces, driven the way users do: the presets gallery, the embed view
// (`?embed=1`, for iframes) with its link back to the full explorer, "Copy embed code" (clipboard
// and fallback field), and presentation mode (large type, PageDown/PageUp, Esc leaves).
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PRESETS } from '../../src/model';
import {
  collectErrors,
  gotoAndWait,
  openApp,
  PROJECTOR,
  saveScreenshots,
  SCREENSHOT_DIR,
  titleOf,
  useBrowser,
  VIEWPORT,
  type AppPage,
} from './app';
import { outcomeTable } from './outcomeTable';

useBrowser();

const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline', exact: true });
const stepOf = async (page: Page) => Number(await timeline(page).inputValue());
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const fullLink = (page: Page) => page.getByRole('link', { name: 'Open in full explorer' });
const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
const PARTED = titleOf(preset('parted-gpt'));

let browser: Browser | undefined;

/**
 * Opens the app at `suffix` in a fresh context and waits for the pipeline, not for the outcome
 * table as openApp() does (the embed view has none). `init` runs in the page before its scripts.
 */
async function openView(
  suffix: string,
  options: BrowserContextOptions = {},
  init?: () => void,
): Promise<AppPage> {
  if (!browser) throw new Error('the beforeAll probe has not run');
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: 'light',
    ...options,
  });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const errors = collectErrors(page);
  await gotoAndWait(page, suffix, page.locator('svg[data-animating]').first());
  return { page, errors };
}

/** Runs `body` on a fresh page and closes its context afterwards, pass or fail. */
async function withView(
  suffix: string,
  body: (app: AppPage) => Promise<void>,
  options?: BrowserContextOptions,
  init?: () => void,
): Promise<void> {
  const app = await openView(suffix, options, init);
  try {
    await body(app);
  } finally {
    await app.page.context().close();
  }
}

// Whether the lead has mounted these pieces (ExplorerApp/main.tsx) and the URL sync reads the
// embed flag; until then the tests say so and skip rather than fail.
let integrated = false;
let embedIntegrated = false;
const NOT_MOUNTED =
  'PresetGallery/EmbedCodeButton/PresentButton are not mounted in ExplorerApp yet (no "Present" button)';
const NO_EMBED_FLAG = '?embed=1 does not switch the store to embed mode yet (URL sync)';

beforeAll(async () => {
  // openApp() uses the file's shared Chromium (useBrowser); borrow it for openView().
  const probe = await openApp();
  browser = probe.page.context().browser() ?? undefined;
  try {
    integrated = (await button(probe.page, 'Present').count()) > 0;
    await probe.page.goto(`${inject('appUrl')}?embed=1`);
    await Promise.race([fullLink(probe.page).waitFor(), outcomeTable(probe.page).waitFor()]);
    embedIntegrated = (await fullLink(probe.page).count()) > 0;
  } finally {
    await probe.page.context().close();
  }
});

describe('presets gallery', () => {
  it('shows a card per preset with teaser, thumbnail and verdict, and opens a preset', async (ctx) => {
    ctx.skip(!integrated, NOT_MOUNTED);
    await withView('', async ({ page, errors }) => {
      await page.locator('summary', { hasText: 'Presets' }).click();
      const cards = page.getByRole('list', { name: 'Presets' }).getByRole('listitem');
      await cards.first().waitFor();
      expect(await cards.count()).toBe(PRESETS.length);
      // One thumbnail per card, described in words.
      const thumbs = page.getByRole('list', { name: 'Presets' }).getByRole('img');
      expect(await thumbs.count()).toBe(PRESETS.length);
      expect(await thumbs.first().getAttribute('aria-label')).toMatch(/^Request 2: 5 bio_vecs/);

      // The scenario on screen is the current card.
      const current = page.locator('.gallery-card[aria-current="true"]');
      expect(await current.count()).toBe(1);
      expect(await current.getByRole('heading').innerText()).toBe(PARTED);
      expect(await current.locator('.gallery-verdict').textContent()).toBe(
        '0a8704a51 ✗ · d62f69185 ✓ · b7649158 ✓',
      );
      await saveScreenshots(page, 'gallery-1280');

      const raid = titleOf(preset('raid-stripe'));
      await button(page, `Open ${raid}`).click();
      await page.getByRole('heading', { level: 2, name: raid, exact: true }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Scenario', exact: true }).inputValue()).toBe(
        'raid-stripe',
      );
      expect(await page.locator('.gallery-card[aria-current="true"] h3').innerText()).toBe(raid);
      expect(await stepOf(page)).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('fits a narrow column: one card per row, nothing wider than the gallery', async (ctx) => {
    ctx.skip(!integrated, NOT_MOUNTED);
    await withView(
      '',
      async ({ page }) => {
        await page.locator('summary', { hasText: 'Presets' }).click();
        const gallery = page.locator('.gallery');
        await gallery.getByRole('listitem').first().waitFor();
        const lefts = await gallery
          .getByRole('listitem')
          .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
        expect(new Set(lefts).size).toBe(1);
        const overflow = await gallery.evaluate((g) => g.scrollWidth - g.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await gallery.screenshot({ path: `${SCREENSHOT_DIR}gallery-narrow.png` });
      },
      { viewport: { width: 400, height: 900 } },
    );
  });
});

describe('embed view', () => {
  it('shows only the title, timeline, narration and pipeline, and links to the full explorer', async (ctx) => {
    ctx.skip(!embedIntegrated, NO_EMBED_FLAG);
    await withView(
      '?embed=1',
      async ({ page, errors }) => {
        await fullLink(page).waitFor();
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(PARTED);
        await timeline(page).waitFor();
        await page.getByRole('region', { name: 'Narration' }).waitFor();
        // None of the full explorer's chrome.
        for (const absent of [
          page.getByRole('combobox', { name: 'Scenario', exact: true }),
          outcomeTable(page),
          button(page, 'Copy embed code'),
          button(page, 'Present'),
        ])
          expect(await absent.count()).toBe(0);

        // The keyboard still drives it.
        await page.locator('body').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('PageDown');
        await page.keyboard.press('PageDown');
        expect(await stepOf(page)).toBe(2);
        await saveScreenshots(page, 'embed-960');

        // The link is this page without the flag, and opens in a new tab.
        expect(await fullLink(page).getAttribute('target')).toBe('_blank');
        const [tab] = await Promise.all([
          page.context().waitForEvent('page'),
          fullLink(page).click(),
        ]);
        await outcomeTable(tab).waitFor();
        expect(tab.url()).not.toContain('embed=1');
        expect(tab.url().startsWith(inject('appUrl'))).toBe(true);
        expect(errors).toEqual([]);
      },
      { viewport: { width: 960, height: 640 } },
    );
  });
});

/** The clipboard's text (the context must grant clipboard-read). */
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const IFRAME =
  /^<iframe src="([^"]*[?&](?:amp;)?embed=1[^"]*)" width="960" height="640" title="Scatterlist Explorer: parted print on a fresh GPT label" loading="lazy" style="border:0"><\/iframe>$/;

describe('copy embed code', () => {
  it('copies an <iframe> of the embed view, which opens in embed mode', async (ctx) => {
    ctx.skip(!integrated, NOT_MOUNTED);
    await withView(
      '',
      async ({ page, errors }) => {
        await button(page, 'Copy embed code').click();
        await page.getByRole('status').filter({ hasText: 'Embed code copied' }).waitFor();
        const code = await clipboardText(page);
        const src = IFRAME.exec(code)?.[1];
        expect(src, code).toBeDefined();
        // The snippet's own URL shows the embed view (once the URL sync reads the flag).
        if (embedIntegrated) {
          await page.goto(src!.replaceAll('&amp;', '&'));
          await fullLink(page).waitFor();
        }
        expect(errors).toEqual([]);
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
  });

  it('shows the code in a selected field where there is no clipboard API', async (ctx) => {
    ctx.skip(!integrated, NOT_MOUNTED);
    await withView(
      '',
      async ({ page }) => {
        await button(page, 'Copy embed code').click();
        const field = page.getByRole('textbox', { name: /embed code/i });
        await field.waitFor();
        expect(await field.inputValue()).toMatch(IFRAME);
        // Focused and selected, ready for Ctrl+C.
        expect(
          await field.evaluate((el) => {
            const t = el as HTMLTextAreaElement;
            return (
              document.activeElement === t && t.selectionEnd - t.selectionStart === t.value.length
            );
          }),
        ).toBe(true);
        await page.keyboard.press('Escape');
        expect(await field.count()).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
          'Copy embed code',
        );
      },
      {},
      () => Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    );
  });
});

/** The narration's font size in px. */
const narrationPx = (page: Page) =>
  page
    .getByRole('region', { name: 'Narration' })
    .getByRole('status')
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

describe('presentation mode', () => {
  it('is large at 1920 × 1080, steps with PageDown/PageUp and leaves with Esc', async (ctx) => {
    ctx.skip(!integrated, NOT_MOUNTED);
    await withView(
      '',
      async ({ page, errors }) => {
        await button(page, 'Present').click();
        await page.getByText('PageDown/→ next · PageUp/← back · Esc leaves presentation').waitFor();
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(PARTED);
        expect(await narrationPx(page)).toBeGreaterThanOrEqual(28);
        expect(await outcomeTable(page).count()).toBe(0);

        // A clicker sends PageDown/PageUp.
        for (let i = 0; i < 43; i++) await page.keyboard.press('PageDown');
        expect(await stepOf(page)).toBe(43);
        await page.keyboard.press('PageUp');
        expect(await stepOf(page)).toBe(42);
        await page.keyboard.press('PageDown');
        // Everything on one screen: no page scrolling on a projector.
        expect(
          await page.evaluate(() => document.documentElement.scrollHeight),
        ).toBeLessThanOrEqual(PROJECTOR.height);
        await saveScreenshots(page, 'present-1920');

        await page.keyboard.press('Escape');
        await button(page, 'Present').waitFor();
        await outcomeTable(page).waitFor();
        // Back where it was, with focus on the button that started the presentation.
        expect(await stepOf(page)).toBe(43);
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
          'Present',
        );
        expect(errors).toEqual([]);
      },
      { viewport: PROJECTOR },
    );
  });

  it('keeps the controls on a 1280 × 720 screen, in dark mode too', async (ctx) => {
    ctx.skip(!integrated, NOT_MOUNTED);
    await withView(
      '',
      async ({ page }) => {
        // The lowest lane: the one furthest from the top of the pipeline.
        await page.getByRole('radio', { name: 'b7649158', exact: true }).check();
        await button(page, 'Present').click();
        await timeline(page).waitFor();
        expect(await narrationPx(page)).toBeGreaterThanOrEqual(20);
        const controls = await button(page, 'Step forward').boundingBox();
        expect(controls!.y + controls!.height).toBeLessThanOrEqual(720);
        expect(
          await page.evaluate(() => document.documentElement.scrollHeight),
        ).toBeLessThanOrEqual(720);
        // The pipeline is taller than its stage here: stepping to a completion copy scrolls the
        // stage so that the focused version's lane, where the copy lands, is in view.
        for (let i = 0; i < 43; i++) await page.keyboard.press('PageDown');
        await page.waitForFunction(() => {
          const stage = document.querySelector('.present-stage')!;
          const box = stage.getBoundingClientRect();
          const lane = document.querySelector('.pv-lane.pv-focused')?.getBoundingClientRect();
          return (
            stage.scrollTop > 0 &&
            lane !== undefined &&
            lane.top >= box.top &&
            lane.bottom <= box.bottom
          );
        });
        await saveScreenshots(page, 'present-1280-dark');
        await button(page, 'Leave presentation').click();
        await button(page, 'Present').waitFor();
      },
      // Reduced motion: the stage scrolls at once instead of smoothly.
      { viewport: { width: 1280, height: 720 }, colorScheme: 'dark', reducedMotion: 'reduce' },
    );
  });
});
