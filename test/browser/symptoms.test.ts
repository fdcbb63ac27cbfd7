// The Symptom lab in real Chromium: parted's verdict per version on the parted preset, "EFI PART"
// in the 16 KiB read's strace line under 0a8704a51 only (and marked), the -s field's rule, and the
// RAID read-modify-write's corrupted disk bytes in the outcome table and the before/after dumps.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESETS, VERSION_IDS, parseScenario, simulate } from '../../src/model';
import { SCREENSHOT_DIR, choosePreset, useBrowser, withApp } from './app';
import { readOutcomeRows } from './outcomeTable';

useBrowser();

const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
const lab = (page: Page) => page.getByRole('region', { name: 'Symptom lab', exact: true });
const stringLimit = (page: Page) =>
  lab(page).getByRole('spinbutton', { name: '-s (string limit, bytes)', exact: true });
/** A parted card, by the versions its heading names. */
const partedCard = (page: Page, versions: string) =>
  lab(page).getByRole('article', { name: new RegExp(`^${versions}\\b`) });

/** Scrolls the lab into view and saves it (the element, and the viewport around it). */
async function screenshotLab(page: Page, name: string): Promise<void> {
  await lab(page).scrollIntoViewIfNeeded();
  await lab(page).screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-viewport.png` });
}

describe('Symptom lab on parted print (parted-gpt)', () => {
  it('shows parted failing under 0a8704a51 and an empty table under the others', async () => {
    await withApp(async ({ page, errors }) => {
      await lab(page).waitFor();
      const failing = partedCard(page, '0a8704a51');
      await failing.waitFor();
      expect(await failing.innerText()).toContain(
        "parted /dev/xvdb unit s print\nError: Can't have the end before the start!",
      );
      // The explanation names the entry and its fields from the bytes.
      expect(await failing.innerText()).toMatch(/Entry \d+ .*first LBA .*last LBA/s);
      // d62f69185 and b7649158 read the same bytes: one card for both, an empty GPT table.
      const table = partedCard(page, 'd62f69185, b7649158');
      const text = await table.innerText();
      expect(text).toContain('Partition Table: gpt');
      expect(text).toMatch(
        /Number\s+Start\s+End\s+Size\s+File system\s+Name\s+Flags\s*\n\s*The header/,
      );
      expect(text).not.toContain('Error:');
      expect(errors).toEqual([]);
    });
  });

  it('marks "EFI PART" in the 16 KiB read under 0a8704a51 only, once -s reaches it', async () => {
    await withApp(async ({ page, errors }) => {
      await lab(page).waitFor();
      // At strace's default -s 32 all three print the same zeros for the 16 KiB read (op 2); the
      // view says where they part. ("EFI PART" in op 1's read of LBA 1 is right everywhere.)
      expect(await stringLimit(page).inputValue()).toBe('32');
      expect(await lab(page).locator('mark').count()).toBe(0);
      const output = lab(page).getByRole('group', { name: 'strace output by version' });
      const op2 = output.locator('.strace-op', { hasText: 'op 2:' });
      expect(await op2.getByText('EFI PART').count()).toBe(0);
      await op2.getByText('Under 0a8704a51 this buffer differs from byte 1024 on').waitFor();
      await op2.getByRole('button', { name: /^Show it: -s \d+$/ }).click();
      await op2.locator('mark', { hasText: 'EFI PART' }).first().waitFor();

      // Exactly one row prints the 16 KiB read with "EFI PART": 0a8704a51's, and it marks it.
      const reads = op2.locator('.strace-row', { hasText: '16384) = 16384' });
      expect(await reads.count()).toBe(3);
      const withEfi = reads.filter({ hasText: 'EFI PART' });
      expect(await withEfi.count()).toBe(1);
      expect(await withEfi.innerText()).toMatch(/^≠\s*0a8704a51/);
      expect(await withEfi.locator('mark', { hasText: 'EFI PART' }).count()).toBe(1);
      for (const v of ['d62f69185', 'b7649158']) {
        const read = reads.filter({ hasText: v });
        expect(await read.count()).toBe(1);
        expect(await read.innerText()).not.toContain('EFI PART');
        expect(await read.locator('mark').count()).toBe(0);
      }
      // Keyboard users land on the revealed row, not on the page body.
      expect(await withEfi.evaluate((row) => row === document.activeElement)).toBe(true);
      await screenshotLab(page, 'symptoms-parted-gpt');
      expect(errors).toEqual([]);
    });
  });

  it('explains an invalid -s and keeps showing the last good value', async () => {
    await withApp(async ({ page, errors }) => {
      await stringLimit(page).fill('64');
      await lab(page)
        .getByRole('heading', { name: /strace -e trace=.* -s 64$/ })
        .waitFor();
      for (const bad of ['0', '70000']) {
        await stringLimit(page).fill(bad);
        const alert = lab(page).getByRole('alert');
        await alert.waitFor();
        expect(await alert.innerText()).toBe(
          '-s: must be a whole number from 1 to 65536; showing -s 64',
        );
        expect(await stringLimit(page).getAttribute('aria-invalid')).toBe('true');
        await lab(page)
          .getByRole('heading', { name: /-s 64$/ })
          .waitFor();
      }
      await stringLimit(page).fill('48');
      await lab(page)
        .getByRole('heading', { name: /-s 48$/ })
        .waitFor();
      expect(await lab(page).getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('moves the timeline to the end of an op from its strace lines', async () => {
    await withApp(async ({ page }) => {
      const go = lab(page)
        .getByRole('button', { name: /^Go to step \d+$/ })
        .nth(1);
      const step = Number((await go.innerText()).replace(/\D+/g, ''));
      await go.click();
      const slider = page.getByRole('slider', { name: 'Timeline', exact: true });
      await expect.poll(async () => Number(await slider.inputValue())).toBe(step);
    });
  });
});

describe('Symptom lab on the RAID read-modify-write (raid-rmw)', () => {
  const rmw = preset('raid-rmw');
  const parsed = parseScenario(rmw.json);
  if (!parsed.ok) throw new Error('raid-rmw must be a valid scenario');
  const totals = simulate(parsed.value).totals;

  it('counts corrupted disk bytes for the buggy versions and 0 for b7649158', async () => {
    await withApp(async ({ page, errors }) => {
      await choosePreset(page, rmw);
      const rows = await readOutcomeRows(page, VERSION_IDS);
      const disk = Object.fromEntries(
        rows.map((r) => [r.version, r.values['Corrupted disk bytes']]),
      );
      expect(Number(disk['0a8704a51'])).toBeGreaterThan(0);
      expect(Number(disk['d62f69185'])).toBeGreaterThan(0);
      expect(disk['b7649158']).toBe('0');
      for (const v of VERSION_IDS) expect(Number(disk[v])).toBe(totals[v].diskCorruptBytes);
      expect(errors).toEqual([]);
    });
  });

  it('shows the disk before and after the write, with the stale bytes marked', async () => {
    await withApp(async ({ page, errors }) => {
      await choosePreset(page, rmw);
      await page.getByRole('radio', { name: '0a8704a51', exact: true }).first().check();
      // The first sector a version corrupted is shown first: sector 12 (see scenarios/raid-rmw.json).
      const before = lab(page).getByRole('table', { name: 'Sector 12 before the write' });
      const after = lab(page).getByRole('table', {
        name: 'Sector 12 after the write under 0a8704a51',
      });
      await before.waitFor();
      await after.waitFor();
      const marked = await after.locator('td[aria-label$="differs"]').count();
      expect(marked).toBeGreaterThan(0);
      expect(await before.locator('td[aria-label$="differs"]').count()).toBe(0);
      await lab(page)
        .getByText(/Sector 12 under 0a8704a51: \d+ bytes differ/)
        .waitFor();
      await screenshotLab(page, 'symptoms-raid-rmw');

      // Under b7649158 the disk holds exactly what a correct kernel writes.
      await lab(page)
        .getByRole('group', { name: 'After the write under' })
        .getByRole('radio', { name: 'After the write under b7649158', exact: true })
        .check();
      await lab(page)
        .getByText('Sector 12 under b7649158: the disk holds exactly what a correct kernel writes.')
        .waitFor();
      const good = lab(page).getByRole('table', {
        name: 'Sector 12 after the write under b7649158',
      });
      expect(await good.locator('td[aria-label$="differs"]').count()).toBe(0);
      // Another sector, chosen from the table by keyboard.
      const sector10 = lab(page).getByRole('button', { name: '10', exact: true });
      await sector10.focus();
      await page.keyboard.press('Enter');
      await lab(page).getByRole('table', { name: 'Sector 10 before the write' }).waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('is not part of the embed view', async () => {
    await withApp(async ({ page }) => {
      await page.goto(`${page.url().split('#')[0]}?embed=1`);
      await page.getByRole('link', { name: /Open in full explorer/ }).waitFor();
      expect(await lab(page).count()).toBe(0);
    });
  });
});
