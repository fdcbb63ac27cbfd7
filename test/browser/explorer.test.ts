// The built app in real Chromium: the page a user opens, every preset's numbers against the
// CLI's, the parted story, colour schemes, and no console errors. Elements are found by role and
// accessible name, as a user (or screen reader) finds them.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEFAULT_PRESET_ID,
  PRESETS,
  VERSION_IDS,
  type Preset,
  type SimulationReport,
  type VersionTotals,
} from '../../src/model';
import { launchChromium } from './chromium';
import { simulateWithCli } from './cli';
import { CONTRACT_HEADERS, outcomeHeaders, outcomeTable, readOutcomeRows } from './outcomeTable';

const VIEWPORT = { width: 1280, height: 800 };
const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** Which totals field each numeric column shows ("Corrupted disk bytes" is our extra column). */
const FIELD_BY_HEADER: Readonly<Record<string, keyof VersionTotals>> = {
  'Wrong bio_vecs': 'wrongBvecs',
  'Misdirected bytes': 'misdirectedBytes',
  'Corrupted bytes': 'corruptBytes',
  'Kernel BUG': 'bugs',
  'Corrupted disk bytes': 'diskCorruptBytes',
};

/** A page on the app, and every console error or uncaught exception it has produced so far. */
interface AppPage {
  readonly page: Page;
  readonly errors: string[];
}

let browser: Browser;
const reports = new Map<string, SimulationReport>();

beforeAll(async () => {
  // Launch first: if Chromium cannot start, every test fails with launchChromium's message.
  browser = await launchChromium();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const results = await Promise.all(PRESETS.map((p) => simulateWithCli(p.file)));
  PRESETS.forEach((p, i) => reports.set(p.id, results[i]!));
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the app in a fresh context and waits until the outcome table is on screen. */
async function openApp(options: BrowserContextOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: 'light',
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  // An exception while loading would otherwise surface only as a 30 s wait for the table.
  const crashed = new Promise<never>((_, reject) =>
    page.once('pageerror', (e) => reject(new Error(`the page threw while loading: ${e.message}`))),
  );
  await page.goto(inject('appUrl'));
  await Promise.race([outcomeTable(page).waitFor(), crashed]);
  return { page, errors };
}

/** Runs `body` on a fresh app page and closes it afterwards, pass or fail. */
async function withApp(
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
function titleOf(preset: Preset): string {
  const title = (preset.json as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() !== '' ? title : preset.id;
}

/** Picks a preset in the "Scenario" select by its title and waits for its heading. */
async function choosePreset(page: Page, preset: Preset): Promise<void> {
  await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption({
    label: titleOf(preset),
  });
  await page.getByRole('heading', { level: 2, name: titleOf(preset), exact: true }).waitFor();
}

/** Saves the 1280x800 viewport (and the full page beside it) under test-results/screenshots. */
async function saveScreenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-full.png`, fullPage: true });
}

describe('Scatterlist Explorer in Chromium', () => {
  it('opens on the default preset with the contract table and no console errors', async () => {
    await withApp(async ({ page, errors }) => {
      expect(await page.title()).toBe('Scatterlist Explorer');
      await page.getByRole('heading', { level: 1, name: 'Scatterlist Explorer' }).waitFor();

      const picker = page.getByRole('combobox', { name: 'Scenario', exact: true });
      expect(await picker.inputValue()).toBe(DEFAULT_PRESET_ID);
      const options = (await picker.getByRole('option').allInnerTexts()).map((t) => t.trim());
      expect(options).toEqual(PRESETS.map(titleOf));

      const headers = await outcomeHeaders(page);
      expect(headers.slice(0, CONTRACT_HEADERS.length)).toEqual([...CONTRACT_HEADERS]);
      expect(headers.slice(CONTRACT_HEADERS.length)).toEqual(['Corrupted disk bytes']);

      const rows = await readOutcomeRows(page, VERSION_IDS);
      expect(rows.map((r) => r.version)).toEqual([...VERSION_IDS]);
      for (const id of VERSION_IDS) {
        const link = outcomeTable(page).getByRole('link', { name: id, exact: true });
        expect(await link.getAttribute('href')).toMatch(/^https:\/\/git\.kernel\.org\//);
      }
      expect(errors).toEqual([]);
    });
  });

  for (const preset of PRESETS) {
    it(`shows the CLI's totals for ${preset.id}`, async () => {
      const report = reports.get(preset.id)!;
      await withApp(async ({ page, errors }) => {
        await choosePreset(page, preset);
        if (report.error !== null) {
          // A preset the model rejects must show its issues in an alert, not crash the page.
          const alert = page.getByRole('alert');
          await alert.waitFor();
          expect(await alert.innerText()).toContain(report.error.split(':')[0]!);
        } else {
          const rows = await readOutcomeRows(page, VERSION_IDS);
          expect(rows.map((r) => r.version)).toEqual([...VERSION_IDS]);
          for (const { version, values } of rows) {
            const expected = report.totals![version as keyof typeof report.totals];
            for (const [header, text] of Object.entries(values)) {
              const field = FIELD_BY_HEADER[header];
              if (!field) throw new Error(`unexpected column "${header}"`);
              expect(text, `${version} / ${header}`).toMatch(/^\d+$/);
              expect(Number(text), `${version} / ${header}`).toBe(expected[field]);
            }
          }
        }
        await saveScreenshots(page, preset.id);
        expect(errors).toEqual([]);
      });
    });
  }

  it('parted-gpt: 0a8704a51 corrupts the read and b7649158 does not', async () => {
    await withApp(async ({ page }) => {
      await choosePreset(
        page,
        PRESETS.find((p) => p.id === 'parted-gpt')!,
      );
      const rows = await readOutcomeRows(page, VERSION_IDS);
      const corrupt = (v: string) =>
        Number(rows.find((r) => r.version === v)!.values['Corrupted bytes']);
      expect(corrupt('0a8704a51')).toBeGreaterThan(0);
      expect(corrupt('b7649158')).toBe(0);
    });
  });

  it('follows a dark colour scheme', async () => {
    await withApp(
      async ({ page, errors }) => {
        const background = await page.evaluate(
          () => getComputedStyle(document.body).backgroundColor,
        );
        const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
        expect(r! + g! + b!, background).toBeLessThan(3 * 64);
        await saveScreenshots(page, `${DEFAULT_PRESET_ID}-dark`);
        expect(errors).toEqual([]);
      },
      { colorScheme: 'dark' },
    );
  });
});
