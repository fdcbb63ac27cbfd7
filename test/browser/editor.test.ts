// The scenario editor in real Chromium: field-level issues next to the input while the explorer
// keeps the last valid scenario, live application of valid edits, the RAID stripe helper, the
// page strip drag, import (paste) with "unknown key", download, and following a preset picked
// elsewhere. Elements are found by role and accessible name.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseScenario, PRESETS, simulate, VERSION_IDS } from '../../src/model';
import { choosePreset, describedBy, saveScreenshots, titleOf, useBrowser, withApp } from './app';
import { readOutcomeRows } from './outcomeTable';

useBrowser();

const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
const button = (scope: Page | Locator, name: string) =>
  scope.getByRole('button', { name, exact: true });

/** Opens the editor wherever the page mounts it ("Edit scenario" button or <details>). */
async function openEditor(page: Page): Promise<Locator> {
  const editor = page.getByRole('region', { name: 'Scenario editor', exact: true });
  if (!(await editor.isVisible())) await page.getByText('Edit scenario', { exact: true }).click();
  await editor.waitFor();
  return editor;
}

/** The outcome table as { version: { column: text } }. */
async function outcome(page: Page): Promise<Record<string, Record<string, string>>> {
  const rows = await readOutcomeRows(page, VERSION_IDS);
  return Object.fromEntries(rows.map((r) => [r.version, r.values]));
}

/** What the model says the table should show for a scenario. */
function expectedCorruptBytes(json: unknown): Record<string, string> {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const { totals } = simulate(parsed.value);
  return Object.fromEntries(VERSION_IDS.map((v) => [v, String(totals[v].corruptBytes)]));
}

describe('scenario editor', () => {
  it('shows a bio_vec issue next to its field, keeps the last valid outcome, and applies the fix', async () => {
    await withApp(async ({ page, errors }) => {
      await choosePreset(page, preset('raid-stripe'));
      const editor = await openEditor(page);
      await editor.getByRole('button', { name: /submit_bio\(READ, sector 8/ }).click();
      const before = await outcome(page);

      const length = editor.getByRole('textbox', { name: 'Length of bio_vec 0', exact: true });
      await length.fill('1000');
      expect(await length.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(length)).toMatch(/must be a multiple of 512/);
      await editor.getByText('the explorer keeps showing the last valid scenario').waitFor();
      expect(await outcome(page)).toEqual(before);
      await saveScreenshots(page, 'editor-invalid-bvec');

      await length.fill('512');
      expect(await length.getAttribute('aria-invalid')).toBeNull();
      await editor.getByText('Applied: the explorer shows this scenario.').waitFor();
      const edited = structuredClone(preset('raid-stripe').json) as {
        ops: { bvecs?: { length: number }[] }[];
      };
      edited.ops[1]!.bvecs![0]!.length = 512;
      const after = await outcome(page);
      const corrupt = Object.fromEntries(VERSION_IDS.map((v) => [v, after[v]!['Corrupted bytes']]));
      expect(corrupt).toEqual(expectedCorruptBytes(edited));
      expect(after).not.toEqual(before);
      expect(errors).toEqual([]);
    });
  });

  it('adds a RAID stripe op that d62f69185 gets wrong', async () => {
    await withApp(async ({ page, errors }) => {
      const editor = await openEditor(page);
      expect((await outcome(page)).d62f69185!['Wrong bio_vecs']).toBe('0');
      await button(editor, 'Apply RAID stripe').click();
      await editor.getByRole('heading', { name: /^Op 3\b/ }).waitFor();
      expect(Number((await outcome(page)).d62f69185!['Wrong bio_vecs'])).toBeGreaterThan(0);
      expect((await outcome(page)).b7649158!['Wrong bio_vecs']).toBe('0');
      await saveScreenshots(page, 'editor-raid-stripe');
      expect(errors).toEqual([]);
    });
  });

  it('edits a buffer by hex address and page helper, and shows EINVAL as information', async () => {
    await withApp(async ({ page }) => {
      const editor = await openEditor(page);
      const address = editor.getByRole('textbox', { name: 'Buffer address', exact: true });
      await address.fill('0x1c00');
      expect(await address.getAttribute('aria-invalid')).toBeNull();
      expect(await editor.getByRole('textbox', { name: 'Page number' }).inputValue()).toBe('1');
      expect(await editor.getByRole('textbox', { name: 'Offset in page' }).inputValue()).toBe(
        '3072',
      );
      await editor.getByText('(1, 3072, 512)').waitFor();

      await editor.getByRole('textbox', { name: 'Offset in page' }).fill('100');
      expect(await address.inputValue()).toBe('4196');
      await editor.getByRole('note').getByText('EINVAL').waitFor();
      // A misaligned buffer is a valid scenario: it is applied, and the op fails with EINVAL.
      await editor.getByText('Applied: the explorer shows this scenario.').waitFor();
      await editor.getByText('pread64(fd, 0x1064, 512, 0) = -1 EINVAL').waitFor();
    });
  });

  it('selects a bio_vec range by dragging on the page strip', async () => {
    await withApp(async ({ page }) => {
      await choosePreset(page, preset('raid-stripe'));
      const editor = await openEditor(page);
      await editor.getByRole('button', { name: /submit_bio\(READ, sector 8/ }).click();
      const strip = editor.getByRole('img', { name: /^Page 3:/ });
      const box = (await strip.boundingBox())!;
      const cell = box.width / 8;
      await page.mouse.move(box.x + cell * 6.5, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + cell * 4.5, box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
      expect(await editor.getByRole('textbox', { name: 'Offset of bio_vec 2' }).inputValue()).toBe(
        '2048',
      );
      expect(await editor.getByRole('textbox', { name: 'Length of bio_vec 2' }).inputValue()).toBe(
        '1536',
      );
    });
  });

  it('imports pasted JSON, reports an unknown key, and applies once it is removed', async () => {
    await withApp(async ({ page }) => {
      const editor = await openEditor(page);
      const json = { ...(preset('defeats-d62').json as object), title: 'Pasted', colour: 'red' };
      await editor
        .getByRole('textbox', { name: 'Scenario JSON to import' })
        .fill(JSON.stringify(json));
      await button(editor, 'Import JSON').click();
      const summary = editor.getByRole('region', { name: 'Issues in the draft' });
      await summary.getByText('unknown key').waitFor();
      expect(await summary.innerText()).toMatch(/colour: unknown key/);
      // The explorer still shows the default preset.
      await page.getByRole('heading', { level: 2, name: titleOf(preset('parted-gpt')) }).waitFor();

      await button(summary, 'Remove key colour').click();
      await page.getByRole('heading', { level: 2, name: 'Pasted', exact: true }).waitFor();

      await editor
        .getByRole('textbox', { name: 'Scenario JSON to import' })
        .fill('{ "version": 1,');
      await button(editor, 'Import JSON').click();
      await editor.getByText(/not valid JSON/).waitFor();
    });
  });

  it('goes from an issue in the summary to its field in another op', async () => {
    await withApp(async ({ page }) => {
      const editor = await openEditor(page);
      const json = structuredClone(preset('raid-stripe').json) as {
        ops: { bvecs?: { length: number }[] }[];
      };
      json.ops[1]!.bvecs![0]!.length = 1000;
      const paste = editor.getByRole('textbox', { name: 'Scenario JSON to import' });
      await paste.fill(JSON.stringify(json));
      await button(editor, 'Import JSON').click();
      await editor.getByRole('heading', { name: /^Op 0\b/ }).waitFor();
      await button(editor, 'Go to ops[1].bvecs[0].length').click();
      const length = editor.getByRole('textbox', { name: 'Length of bio_vec 0', exact: true });
      await expect.poll(() => length.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await length.inputValue()).toBe('1000');
      expect(await describedBy(length)).toMatch(/must be a multiple of 512/);
    });
  });

  it('downloads the scenario as valid JSON named after its title, and opens it again', async () => {
    await withApp(async ({ page }) => {
      const editor = await openEditor(page);
      await editor.getByRole('textbox', { name: 'Title', exact: true }).fill('My RAID what-if');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        button(editor, 'Download JSON').click(),
      ]);
      expect(download.suggestedFilename()).toBe('my-raid-what-if.json');
      const text = await readFile((await download.path())!, 'utf8');
      const parsed = parseScenario(JSON.parse(text));
      expect(parsed.ok).toBe(true);
      expect(parsed.ok && parsed.value.title).toBe('My RAID what-if');

      // The same file opened again (after a preset replaced it) comes back.
      await choosePreset(page, preset('raid-stripe'));
      await editor.getByLabel('Open a scenario file').setInputFiles({
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await page.getByRole('heading', { level: 2, name: 'My RAID what-if', exact: true }).waitFor();
    });
  });

  it('follows a preset picked elsewhere, but keeps invalid edits until they are discarded', async () => {
    await withApp(async ({ page }) => {
      const editor = await openEditor(page);
      await choosePreset(page, preset('d62-commit-example'));
      const title = editor.getByRole('textbox', { name: 'Title', exact: true });
      expect(await title.inputValue()).toBe(titleOf(preset('d62-commit-example')));

      await editor.getByRole('textbox', { name: 'Disk size (sectors)' }).fill('-1');
      await choosePreset(page, preset('raid-stripe'));
      await editor.getByText('Another scenario was loaded meanwhile').waitFor();
      expect(await title.inputValue()).toBe(titleOf(preset('d62-commit-example')));
      await button(editor, 'Discard my edits').click();
      expect(await title.inputValue()).toBe(titleOf(preset('raid-stripe')));
    });
  });

  it('labels every input and is legible in dark mode at 1280×800', async () => {
    await withApp(
      async ({ page, errors }) => {
        const editor = await openEditor(page);
        const unlabelled = await editor.evaluate((root) =>
          [...root.querySelectorAll('input, select, textarea')]
            .filter((el) => (el as HTMLInputElement).labels?.length === 0)
            .map((el) => el.outerHTML),
        );
        expect(unlabelled).toEqual([]);
        await editor.scrollIntoViewIfNeeded();
        await saveScreenshots(page, 'editor-dark');
        expect(errors).toEqual([]);
      },
      { colorScheme: 'dark' },
    );
  });
});
