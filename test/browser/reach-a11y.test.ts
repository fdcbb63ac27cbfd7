// Issue #7 (Reach), accessibility: an axe-core audit of every main view, in the light and the
// dark theme, with zero serious or critical violations; the pipeline's table view reachable and
// operable from the keyboard; the narration announced once per step, not on every render.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingViolations } from './axe';
import { collectErrors, gotoAndWait, openApp, saveScreenshots, useBrowser, VIEWPORT } from './app';
import { outcomeTable } from './outcomeTable';

useBrowser();

type Scheme = 'light' | 'dark';
let browser: Browser | undefined;

beforeAll(async () => {
  // openApp() launches nothing itself: borrow the file's Chromium (useBrowser) through it.
  const probe = await openApp();
  browser = probe.page.context().browser() ?? undefined;
  await probe.page.context().close();
});
afterAll(() => {
  browser = undefined;
});

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const summary = (page: Page, text: string | RegExp) => page.locator('summary', { hasText: text });
/** The hex view is a lazy chunk below the fold: wait until it has rendered its heading. */
const hexReady = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Hex view', exact: true }).waitFor();

/** One view to audit: how to get there from a fresh explorer, and whether it exists yet. */
interface View {
  readonly name: string;
  /** URL suffix to load (default: the explorer). */
  readonly suffix?: string;
  /** Opens the view; returns false when the app does not have it (yet). */
  readonly open: (page: Page) => Promise<boolean>;
}

/** Opens a disclosure by its summary text; false when there is none. */
async function openDisclosure(page: Page, text: string | RegExp, ready: () => Promise<unknown>) {
  const s = summary(page, text).first();
  if ((await s.count()) === 0) return false;
  await s.click();
  await ready();
  return true;
}

const VIEWS: readonly View[] = [
  { name: 'explorer (default)', open: async (page) => (await hexReady(page), true) },
  {
    name: 'presets gallery',
    open: (page) =>
      openDisclosure(page, /^Presets$/, () =>
        page.getByRole('list', { name: 'Presets' }).getByRole('listitem').first().waitFor(),
      ),
  },
  {
    name: 'scenario editor',
    open: (page) =>
      openDisclosure(page, /^Edit scenario$/, () =>
        page.getByRole('region', { name: 'Scenario editor', exact: true }).waitFor(),
      ),
  },
  {
    name: 'share and recent',
    open: async (page) => {
      await button(page, 'Copy link').click();
      await openDisclosure(page, /^Recent$/, () =>
        page.locator('.recent-empty, .recent-list').first().waitFor(),
      );
      return true;
    },
  },
  {
    name: 'tour notes',
    open: async (page) => {
      const opened = await openDisclosure(page, /^Tour \(\d+ notes?\)$/, () =>
        button(page, 'Add a note at this step').waitFor(),
      );
      if (!opened) return false;
      await button(page, 'Add a note at this step').click();
      await page.getByRole('textbox', { name: /^Note for step/ }).waitFor();
      return true;
    },
  },
  {
    name: 'quiz',
    open: async (page) => {
      if ((await button(page, 'Quiz mode').count()) === 0) return false;
      await button(page, 'Quiz mode').click();
      // Play until the quiz halts before the first completion copy and asks its question.
      await page.keyboard.press('End');
      await page.keyboard.press('Home');
      await button(page, 'Play').click();
      await page.getByRole('button', { name: 'Check answer' }).waitFor();
      return true;
    },
  },
  {
    name: 'hex view with a byte inspected',
    open: async (page) => {
      await hexReady(page);
      await page.keyboard.press('End');
      const cell = page.getByRole('gridcell').first();
      await cell.click();
      return true;
    },
  },
  {
    name: 'pipeline table view',
    open: async (page) => {
      await page.keyboard.press('End');
      return openDisclosure(page, /^Table view/, () =>
        page.getByRole('table', { name: /^Completion copies of 0a8704a51/ }).waitFor(),
      );
    },
  },
  {
    name: 'embed mode',
    suffix: '?embed=1',
    open: async (page) => (
      await page.getByRole('link', { name: 'Open in full explorer' }).waitFor(),
      true
    ),
  },
  {
    name: 'presentation mode',
    open: async (page) => {
      await button(page, 'Present').click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.keyboard.press('PageDown');
      return true;
    },
  },
  // Panels other helpers were adding at the same time: audited once they are in the app.
  {
    name: 'search with results',
    open: async (page) => {
      const opened = await openDisclosure(page, /^Search counterexamples$/, () =>
        page.getByRole('region', { name: 'Counterexample search', exact: true }).waitFor(),
      );
      if (!opened) return false;
      // A small exhaustive run (as search.test.ts does), so results and phase maps are audited.
      await page.getByLabel('Pages', { exact: true }).fill('2');
      await page.getByLabel('bio_vecs per request', { exact: true }).fill('3');
      await page.getByRole('button', { name: /^(Run search|Run again)$/ }).click();
      await page.getByText(/^Done: all \d+ shapes checked/).waitFor({ timeout: 30_000 });
      return true;
    },
  },
  {
    name: 'exports menu',
    open: (page) =>
      openDisclosure(page, /^Exports$/, () =>
        page.getByRole('group', { name: 'Exports', exact: true }).waitFor(),
      ),
  },
  {
    name: 'symptom lab',
    open: async (page) => {
      const heading = page.getByRole('heading', { level: 2, name: 'Symptom lab', exact: true });
      try {
        await heading.waitFor({ timeout: 5_000 });
      } catch {
        return false;
      }
      await heading.scrollIntoViewIfNeeded();
      return true;
    },
  },
];

/** A fresh page in the given colour scheme, at the suffix, ready (pipeline drawn). */
async function openIn(scheme: Scheme, suffix = '') {
  if (!browser) throw new Error('the beforeAll probe has not run');
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: scheme,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const ready = suffix.includes('embed')
    ? page.getByRole('link', { name: 'Open in full explorer' })
    : outcomeTable(page);
  await gotoAndWait(page, suffix, ready);
  return { page, errors };
}

describe.each(['light', 'dark'] as const)('axe audit, %s theme', (scheme) => {
  it.for(VIEWS.map((v) => [v.name, v] as const))(
    '%s has no serious or critical violations',
    async ([name, view], ctx) => {
      const { page } = await openIn(scheme, view.suffix);
      try {
        const present = await view.open(page);
        ctx.skip(!present, `${name} is not in the app yet`);
        // Let transitions (ribbons, disclosures) settle so colours are final.
        await page.waitForTimeout(400);
        const violations = await blockingViolations(page);
        if (violations.length > 0) {
          await saveScreenshots(page, `axe-${scheme}-${name.replace(/\W+/g, '-')}`);
        }
        expect(violations).toEqual([]);
      } finally {
        await page.context().close();
      }
    },
  );
});

describe('keyboard access to the pipeline as text', () => {
  it('reaches the Table view from the keyboard and inspects a copy with Enter', async () => {
    const { page, errors } = await openIn('light');
    try {
      await page.keyboard.press('End');
      const toggle = summary(page, /^Table view/);
      await toggle.focus();
      // Focus is visible on it (a real outline, not just the browser default being suppressed).
      const outline = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      const copies = page.getByRole('table', { name: /^Completion copies of 0a8704a51/ });
      await copies.waitFor();
      // parted-gpt, last request: 0a8704a51 reads wrong grants (kernel notes, worked cases).
      expect(await copies.getByText(/✗ wrong: \d+ misdirected bytes/).count()).toBeGreaterThan(0);
      const d62 = page.getByRole('table', { name: /^Completion copies of d62f69185/ });
      expect(await d62.getByText(/✗ wrong/).count()).toBe(0);
      // Inspect a wrong copy: the explorer jumps to the step that wrote that byte.
      const before = await page.getByRole('slider', { name: 'Timeline' }).inputValue();
      const inspect = copies.getByRole('button', { name: /^Inspect 0a8704a51 copy 1$/ });
      await inspect.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('slider', { name: 'Timeline' }).inputValue())
        .not.toBe(before);
      await saveScreenshots(page, 'reach-table-view');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('announces the narration once per step, not on every render', async () => {
    const { page } = await openIn('light');
    try {
      const status = page.getByRole('region', { name: 'Narration' }).getByRole('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      await status.evaluate((el) => {
        const w = window as unknown as { narrationMutations: number };
        w.narrationMutations = 0;
        new MutationObserver((records) => (w.narrationMutations += records.length)).observe(el, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      const mutations = () =>
        page.evaluate(
          () => (window as unknown as { narrationMutations: number }).narrationMutations,
        );
      // Re-renders that do not change the step (zoom, opening a panel) leave the region alone.
      await button(page, 'Zoom in').click();
      await summary(page, /^Table view/).click();
      await page.waitForTimeout(300);
      expect(await mutations()).toBe(0);
      // One step forward: the text changes once.
      await button(page, 'Step forward').click();
      await page.waitForTimeout(300);
      const afterOne = await mutations();
      expect(afterOne).toBeGreaterThan(0);
      expect(afterOne).toBeLessThanOrEqual(2); // one text replacement (React may swap the node)
    } finally {
      await page.context().close();
    }
  });
});
