// The counterexample search panel in real Chromium: a small exhaustive search shows the numbers
// the engine computes in Node; cancel stops a big sampling run while the page stays usable;
// invalid input names the field and keeps the last valid settings; "Load in explorer" and a phase
// map cell put the layout on the explorer at the version's first wrong copy. Elements are found by
// role and accessible name.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, VERSION_IDS, type VersionId } from '../../src/model';
import {
  counterexampleScenario,
  firstFailureStep,
  parseSearchSpace,
  phaseMapDirectIo,
  SearchRun,
  type SearchSpace,
} from '../../src/model/search';
import { saveScreenshots, useBrowser, withApp } from './app';

useBrowser();

const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline', exact: true });
const stepOf = async (page: Page) => Number(await timeline(page).inputValue());
const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const status = (page: Page) => page.locator('.search-status');

/** Opens the "Search counterexamples" disclosure and waits for the lazy panel. */
async function openSearch(page: Page): Promise<Locator> {
  await page.getByText('Search counterexamples', { exact: true }).click();
  const panel = page.getByRole('region', { name: 'Counterexample search', exact: true });
  await panel.waitFor();
  return panel;
}

/** The space a small exhaustive run in these tests searches (2 pages, 1–3 bio_vecs). */
function smallSpace(): SearchSpace {
  const s = parseSearchSpace({ pages: 2, maxBvecs: 3, granularity: 512 });
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s.value;
}

/** Sets the small space in the form and runs it to the end. */
async function runSmallSearch(page: Page): Promise<void> {
  await field(page, 'Pages').fill('2');
  await field(page, 'bio_vecs per request').fill('3');
  await page.getByRole('button', { name: /^(Run search|Run again)$/ }).click();
  await page.getByText(/^Done: all \d+ shapes checked/).waitFor({ timeout: 30_000 });
}

/** The results table as { version: [checked, misdirected, bugs, rate] } from the page's text. */
async function resultRows(page: Page): Promise<Record<string, string[]>> {
  const table = page.getByRole('table', { name: 'Search results by version', exact: true });
  const out: Record<string, string[]> = {};
  for (const v of VERSION_IDS) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${v}`) }) });
    const cells = await row.getByRole('cell').allInnerTexts();
    out[v] = cells.slice(0, 4).map((t) => t.trim());
  }
  return out;
}

describe('counterexample search panel', () => {
  it('shows the engine’s per-version numbers for a small exhaustive search', async () => {
    await withApp(async ({ page, errors }) => {
      await openSearch(page);
      await saveScreenshots(page, 'search-idle');
      await runSmallSearch(page);
      await page
        .getByRole('heading', { name: 'Search results by version', exact: true })
        .scrollIntoViewIfNeeded();
      await saveScreenshots(page, 'search-done');

      const expected = new SearchRun(smallSpace(), {
        mode: 'exhaustive',
        seed: 1,
        samples: 1,
      }).runToEnd();
      const rows = await resultRows(page);
      for (const v of VERSION_IDS) {
        const r = expected.versions[v];
        expect(rows[v]!.slice(0, 3)).toEqual([
          String(r.checked),
          String(r.misdirected),
          String(r.bugs),
        ]);
      }
      // The sg-based fix never misdirects a byte: no failures at all.
      expect(rows.b7649158).toEqual([String(expected.versions.b7649158.checked), '0', '0', '0%']);
      expect(expected.versions['0a8704a51'].failed).toBeGreaterThan(0);
      expect(expected.versions.d62f69185.failed).toBeGreaterThan(0);
      const progress = page.getByRole('progressbar', { name: 'Search progress' });
      expect(await progress.getAttribute('value')).toBe(String(expected.progress.total));
      expect(errors).toEqual([]);
    });
  });

  it('cancels a big sampling run promptly while the page stays usable, and runs again', async () => {
    await withApp(async ({ page, errors }) => {
      await openSearch(page);
      await field(page, 'Pages').fill('8');
      await field(page, 'bio_vecs per request').fill('6');
      // Far more than the test lets it finish, however fast the machine.
      await field(page, 'Samples').fill('500000000');
      await page.getByText(/Too many to check every one: 500000000 random layouts/).waitFor();
      await button(page, 'Run search').click();
      await page.getByText(/^Searching: [1-9]\d* of 500000000 random layouts checked/).waitFor();
      await page.getByRole('progressbar', { name: 'Search progress' }).scrollIntoViewIfNeeded();
      await saveScreenshots(page, 'search-running');

      // The explorer answers while the worker searches: a script runs, the timeline steps.
      expect(await page.evaluate(() => 6 * 7)).toBe(42);
      const before = await stepOf(page);
      await button(page, 'Step forward').click();
      expect(await stepOf(page)).toBe(before + 1);
      expect(await status(page).innerText()).toMatch(/^Searching/);

      await button(page, 'Cancel').click();
      await page.getByText(/^Cancelled after \d+ of 500000000 random layouts/).waitFor();
      const progress = page.getByRole('progressbar', { name: 'Search progress' });
      const stopped = await progress.getAttribute('value');
      await page.waitForTimeout(600); // several snapshot periods: nothing more arrives
      expect(await progress.getAttribute('value')).toBe(stopped);
      expect(Number(stopped)).toBeLessThan(500_000_000);
      expect(await button(page, 'Cancel').isDisabled()).toBe(true);

      // And it can run again.
      await button(page, 'Run again').click();
      await page.getByText(/^Searching: /).waitFor();
      await button(page, 'Cancel').click();
      await page.getByText(/^Cancelled after/).waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('names the invalid field and rule, and keeps the last valid settings', async () => {
    await withApp(async ({ page, errors }) => {
      const panel = await openSearch(page);
      const pages = field(page, 'Pages');
      await pages.fill('17');
      expect(await pages.getAttribute('aria-invalid')).toBe('true');
      await panel.getByText('Pages: must be at most 16').waitFor();
      await panel.getByText(/Run uses the last valid settings/).waitFor();
      // The space line still describes the last valid space (3 pages).
      await panel.getByText(/layouts: 3 pages, 1–3 bio_vecs/).waitFor();
      await field(page, 'Offset and length granularity').fill('700');
      await panel.getByText('Offset and length granularity: must be a multiple of 512').waitFor();
      await saveScreenshots(page, 'search-invalid');

      await pages.fill('2');
      await field(page, 'Offset and length granularity').fill('512');
      expect(await pages.getAttribute('aria-invalid')).toBeNull();
      await panel.getByText(/layouts: 2 pages, 1–3 bio_vecs/).waitFor();
      expect(await panel.getByText(/Run uses the last valid settings/).count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('"Load in explorer" opens the minimal counterexample at its first wrong copy', async () => {
    await withApp(async ({ page, errors }) => {
      await openSearch(page);
      await runSmallSearch(page);
      const version: VersionId = 'd62f69185';
      await button(page, `Load in explorer (minimal counterexample for ${version})`).click();

      // What the explorer should show, from the engine in Node.
      const minimal = new SearchRun(smallSpace(), {
        mode: 'exhaustive',
        seed: 1,
        samples: 1,
      }).runToEnd().versions[version].minimal!;
      const scenario = counterexampleScenario(minimal, smallSpace());
      const parsed = parseScenario(scenario);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      const sim = simulate(parsed.value, { trace: true });
      const step = firstFailureStep(sim, version)!;
      expect(step).not.toBeNull();

      // The panel closed, the explorer is on the counterexample, focused and at that step.
      await page.getByRole('heading', { level: 2, name: scenario.title!, exact: true }).waitFor();
      expect(await page.getByRole('region', { name: 'Counterexample search' }).isVisible()).toBe(
        false,
      );
      expect(await stepOf(page)).toBe(step);
      expect(sim.steps[step]!.type).toBe('completion-copy');
      expect(await page.getByRole('radio', { name: new RegExp(`^${version}`) }).isChecked()).toBe(
        true,
      );
      const narration = await page.getByRole('region', { name: 'Narration' }).innerText();
      expect(narration).toMatch(/Wrong/);
      await saveScreenshots(page, 'search-loaded');
      expect(errors).toEqual([]);
    });
  });

  it('draws 8 × 128 O_DIRECT phase-map cells per version; a click loads that layout', async () => {
    await withApp(async ({ page, errors }) => {
      await openSearch(page);
      const figure = page.getByRole('region', { name: /^O_DIRECT read/ });
      await figure.waitFor({ timeout: 30_000 });
      const map = phaseMapDirectIo();
      for (const v of VERSION_IDS)
        expect(
          await figure
            .getByRole('button', { name: new RegExp(`^${v} at Buffer page offset`) })
            .count(),
        ).toBe(map.cells.length);
      expect(map.cells).toHaveLength(8 * 128);
      await figure.scrollIntoViewIfNeeded();
      const name = '0a8704a51 at Buffer page offset 512, read length 4096';
      const cell = figure.getByRole('button', { name: new RegExp(`^${name}: wrong$`) });
      await cell.hover();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      expect(await tooltip.innerText()).toMatch(/d62f69185 right/);
      await saveScreenshots(page, 'search-phase-map');

      // Keyboard: focus moves between cells with the arrows; Enter loads.
      await cell.focus();
      await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focused).toBe('0a8704a51 at Buffer page offset 512, read length 4608: wrong');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');

      const c = map.cells.find((x) => x.x === 512 && x.y === 4096)!;
      const parsed = parseScenario(c.scenario);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      const sim = simulate(parsed.value, { trace: true });
      await page.getByRole('heading', { level: 2, name: c.scenario.title!, exact: true }).waitFor();
      expect(await stepOf(page)).toBe(firstFailureStep(sim, '0a8704a51'));
      expect(errors).toEqual([]);
    });
  });
});
