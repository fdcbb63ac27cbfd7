// The built app in real Chromium: the page a user opens, every preset's numbers against the
// CLI's, the parted story, colour schemes, and no console errors. Elements are found by role and
// accessible name, as a user (or screen reader) finds them.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PRESET_ID,
  PRESETS,
  VERSION_IDS,
  type SimulationReport,
  type VersionTotals,
} from '../../src/model';
import { choosePreset, saveScreenshots, titleOf, useBrowser, withApp } from './app';
import { simulateWithCli } from './cli';
import { CONTRACT_HEADERS, outcomeHeaders, outcomeTable, readOutcomeRows } from './outcomeTable';

/** Which totals field each numeric column shows ("Corrupted disk bytes" is our extra column). */
const FIELD_BY_HEADER: Readonly<Record<string, keyof VersionTotals>> = {
  'Wrong bio_vecs': 'wrongBvecs',
  'Misdirected bytes': 'misdirectedBytes',
  'Corrupted bytes': 'corruptBytes',
  'Kernel BUG': 'bugs',
  'Corrupted disk bytes': 'diskCorruptBytes',
};

const reports = new Map<string, SimulationReport>();

useBrowser();

beforeAll(async () => {
  const results = await Promise.all(PRESETS.map((p) => simulateWithCli(p.file)));
  PRESETS.forEach((p, i) => reports.set(p.id, results[i]!));
});

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
