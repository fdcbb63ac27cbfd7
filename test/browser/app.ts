// Shared helpers for browser tests: one Chromium per test file, a fresh context per test, the
// page's console errors collected, presets chosen by title, screenshots saved for review.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Preset } from '../../src/model';
import { launchChromium } from './chromium';
import { outcomeTable } from './outcomeTable';

/** The laptop viewport the explorer is designed for. */
export const VIEWPORT = { width: 1280, height: 800 };
/** A projector. */
export const PROJECTOR = { width: 1920, height: 1080 };
/** Where screenshots go (gitignored); look at them after a run. */
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);

/** A page on the app, and every console error or uncaught exception it has produced so far. */
export interface AppPage {
  readonly page: Page;
  readonly errors: string[];
}

let browser: Browser | undefined;

/** Launches Chromium once for the calling test file and closes it at the end. */
export function useBrowser(): void {
  beforeAll(async () => {
    // Launch first: if Chromium cannot start, every test fails with launchChromium's message.
    browser = await launchChromium();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
}

/**
 * A request the test's own navigation (reload, goto) cancelled, such as the favicon still loading:
 * not a missing resource, so not an error of the page.
 */
export function isAbortedByNavigation(request: Request): boolean {
  return request.failure()?.errorText === 'net::ERR_ABORTED';
}

/** Opens the app (optionally at a URL suffix) in a fresh context and waits until it is drawn. */
export async function openApp(options: BrowserContextOptions = {}, suffix = ''): Promise<AppPage> {
  if (!browser) throw new Error('call useBrowser() in the test file first');
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: 'light',
    ...options,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await gotoAndWait(page, suffix, outcomeTable(page));
  return { page, errors };
}

/** Collects the page's console errors, uncaught exceptions and failed requests from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (!isAbortedByNavigation(r)) errors.push(`request failed: ${r.url()}`);
  });
  return errors;
}

/** Opens the app at `suffix` and waits for `ready`, failing at once if the page throws first. */
export async function gotoAndWait(page: Page, suffix: string, ready: Locator): Promise<void> {
  // An exception while loading would otherwise surface only as a 30 s wait.
  const crashed = new Promise<never>((_, reject) =>
    page.once('pageerror', (e) => reject(new Error(`the page threw while loading: ${e.message}`))),
  );
  await page.goto(`${inject('appUrl')}${suffix}`);
  await Promise.race([ready.waitFor(), crashed]);
}

/** Runs `body` on a fresh app page and closes it afterwards, pass or fail. */
export async function withApp(
  body: (app: AppPage) => Promise<void>,
  options?: BrowserContextOptions,
): Promise<void> {
  const app = await openApp(options);
  try {
    await body(app);
  } finally {
    await app.page.context().close();
  }
}

/** The name a preset has in the picker: its file's title, or its id when it has none. */
export function titleOf(preset: Preset): string {
  const title = (preset.json as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : preset.id;
}

/** Picks a preset in the "Scenario" select by its title and waits for its heading. */
export async function choosePreset(page: Page, preset: Preset): Promise<void> {
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({
    label: titleOf(preset),
  });
  await page.getByRole('heading', { level: 2, name: titleOf(preset), exact: true }).waitFor();
}

/** Saves the viewport (and the full page beside it) under test-results/screenshots. */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-full.png`, fullPage: true });
}

/** The text of everything an input's aria-describedby points at (its field messages). */
export async function describedBy(input: Locator): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' | '),
  );
}
