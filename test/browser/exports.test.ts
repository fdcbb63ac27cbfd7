// The Exports menu in real Chromium: every entry downloads a file whose content is what it says.
// Scenario JSON re-parses to the scenario on screen; the pipeline SVG is well-formed XML (parsed
// with the browser's own DOMParser) holding the step's drawing (the same rects and labels as the
// live picture) under a title line naming scenario, step and focus; the PNG is a real PNG at twice
// the picture's size; the C reproducer and the blktrace log start as those formats do. Each
// picture is also opened on its own in the browser and screenshotted for review.
import { copyFile, readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESETS, parseScenario } from '../../src/model';
import { SCREENSHOT_DIR, openApp, useBrowser } from './app';

useBrowser();

const partedGpt = PRESETS.find((p) => p.id === 'parted-gpt')!;
/** Step 43: 0a8704a51 copies grant 0 into bio_vec 1 (the README's screenshot step). */
const SUFFIX = '#v=1&p=parted-gpt&step=43&focus=0a8704a51';

/** Opens the Exports menu if needed, clicks `entry`, and returns the download. */
async function exportFile(page: Page, entry: string): Promise<Download> {
  const menu = page.locator('details.exports-menu');
  if (!(await menu.evaluate((d: HTMLDetailsElement) => d.open))) {
    await page.getByText('Exports', { exact: true }).click();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: entry, exact: true }).click();
  const d = await download;
  await page
    .getByRole('status')
    .filter({ hasText: `Saved ${d.suggestedFilename()}` })
    .waitFor();
  return d;
}

async function bytesOf(d: Download): Promise<Buffer> {
  const path = await d.path();
  return readFile(path);
}

/** What the live pipeline picture draws: its rects and its text labels. */
async function liveDrawing(page: Page): Promise<{ rects: number; labels: string[] }> {
  return page.locator('svg.pv-svg').evaluate((svg) => {
    const shown = (el: Element) => getComputedStyle(el).display !== 'none';
    return {
      rects: [...svg.querySelectorAll('rect')].filter(shown).length,
      labels: [...svg.querySelectorAll('text')]
        .filter(shown)
        .map((t) => t.textContent ?? '')
        .filter((t) => t.trim() !== ''),
    };
  });
}

/** Saves a downloaded picture for review and opens it on its own page (no app CSS). */
async function openStandalone(page: Page, d: Download, name: string): Promise<Page> {
  const path = `${SCREENSHOT_DIR}${name}`;
  await copyFile(await d.path(), path);
  const standalone = await page.context().newPage();
  await standalone.goto(`file://${path}`);
  return standalone;
}

describe('Exports menu', () => {
  it('saves the scenario as JSON that parses back to the same scenario', async () => {
    const { page, errors } = await openApp({ acceptDownloads: true }, SUFFIX);
    try {
      const d = await exportFile(page, 'Scenario JSON');
      expect(d.suggestedFilename()).toBe('parted-print-on-a-fresh-gpt-label.json');
      const json: unknown = JSON.parse((await bytesOf(d)).toString('utf8'));
      expect(json).toEqual(partedGpt.json);
      // …and the explorer's own validation accepts it as it is.
      expect(parseScenario(json).ok).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('saves the pipeline picture as a well-formed SVG holding the step’s drawing', async () => {
    const { page, errors } = await openApp({ acceptDownloads: true }, SUFFIX);
    try {
      await page.locator('svg.pv-svg[data-animating="false"]').waitFor();
      const live = await liveDrawing(page);
      expect(live.rects).toBeGreaterThan(20);
      const d = await exportFile(page, 'Pipeline picture (SVG)');
      expect(d.suggestedFilename()).toBe('parted-print-on-a-fresh-gpt-label-step-43-0a8704a51.svg');
      const text = (await bytesOf(d)).toString('utf8');
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
      // The browser's XML parser: a well-formedness error yields a <parsererror> document.
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          root: root.localName,
          ns: root.namespaceURI,
          classes: doc.querySelectorAll('[class]').length,
          rects: doc.querySelectorAll('rect').length,
          texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
          width: Number(root.getAttribute('width')),
          height: Number(root.getAttribute('height')),
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
      // Standalone: no class depends on the page's stylesheets.
      expect(parsed.classes).toBe(0);
      // The live rects, plus the file's background and the drawing's clip rectangle.
      expect(parsed.rects).toBe(live.rects + 2);
      for (const label of live.labels) expect(parsed.texts).toContain(label);
      expect(parsed.texts[0]).toBe('Scatterlist Explorer: parted print on a fresh GPT label');
      expect(parsed.texts[1]).toMatch(/^Step 43 of \d+ · focus 0a8704a51$/);
      expect(parsed.texts[2]).toMatch(/^Request 2: copy 1 — 0a8704a51 copies grant 0/);

      const standalone = await openStandalone(page, d, 'export-pipeline-standalone.svg');
      await standalone.setViewportSize({ width: parsed.width, height: parsed.height });
      await standalone.screenshot({ path: `${SCREENSHOT_DIR}export-svg-standalone.png` });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('saves the pipeline picture as a real PNG at twice the picture’s size', async () => {
    const { page, errors } = await openApp({ acceptDownloads: true }, SUFFIX);
    try {
      await page.locator('svg.pv-svg[data-animating="false"]').waitFor();
      const d = await exportFile(page, 'Pipeline picture (PNG)');
      expect(d.suggestedFilename()).toBe('parted-print-on-a-fresh-gpt-label-step-43-0a8704a51.png');
      const png = await bytesOf(d);
      // PNG signature, then the IHDR chunk with big-endian width and height.
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      const liveWidth = await page
        .locator('svg.pv-svg')
        .evaluate((s) => s.getBoundingClientRect().width);
      expect(png.readUInt32BE(16)).toBe(2 * Math.round(liveWidth));
      expect(png.readUInt32BE(20)).toBeGreaterThan(2 * 300);
      // A drawing, not a blank canvas: a blank 1500x1400 PNG compresses to a few KiB.
      expect(png.length).toBeGreaterThan(40_000);
      const standalone = await openStandalone(page, d, 'export-pipeline-standalone.png');
      await standalone.screenshot({ path: `${SCREENSHOT_DIR}export-png-standalone.png` });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('saves the C reproducer and the blktrace log', async () => {
    const { page, errors } = await openApp({ acceptDownloads: true }, SUFFIX);
    try {
      const c = await exportFile(page, 'C reproducer');
      expect(c.suggestedFilename()).toBe('parted-print-on-a-fresh-gpt-label.c');
      const program = (await bytesOf(c)).toString('utf8');
      expect(program.startsWith('/*\n * Reproducer: parted print on a fresh GPT label\n')).toBe(
        true,
      );
      expect(program).toMatch(/\bint main\(/);

      const log = await exportFile(page, 'blktrace log');
      expect(log.suggestedFilename()).toBe('parted-print-on-a-fresh-gpt-label.blkparse.txt');
      const lines = (await bytesOf(log)).toString('utf8').split('\n');
      expect(lines[0]).toBe(
        '# blkparse-style log of "parted print on a fresh GPT label" on 202,16 (xvdb), from the Scatterlist Explorer model.',
      );
      // blkparse's default line: "maj,min cpu seq time pid action rwbs sector + count [process]".
      expect(
        lines.some((l) => /^\s*202,16\s+\d+\s+\d+\s+\d+\.\d{9}\s+\d+\s+Q\s+R\s+0 \+ 1 \[/.test(l)),
      ).toBe(true);

      // The same two downloads from the Symptom lab's "Reproduce it" buttons.
      const lab = page.getByRole('region', { name: 'Symptom lab', exact: true });
      const again = page.waitForEvent('download');
      await lab.getByRole('button', { name: 'Download C reproducer', exact: true }).click();
      expect((await again).suggestedFilename()).toBe('parted-print-on-a-fresh-gpt-label.c');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('opens and closes from the keyboard', async () => {
    const { page } = await openApp({ acceptDownloads: true }, SUFFIX);
    try {
      const summary = page.getByText('Exports', { exact: true });
      const slider = page.getByRole('slider', { name: 'Timeline', exact: true });
      const step = await slider.inputValue();
      await summary.focus();
      // Space opens it (and does not start playback, the page's Space shortcut).
      await page.keyboard.press(' ');
      const first = page.getByRole('button', { name: 'Scenario JSON', exact: true });
      await first.waitFor();
      expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
      expect(await slider.inputValue()).toBe(step);
      await page.keyboard.press('Escape');
      await first.waitFor({ state: 'hidden' });
      await page.keyboard.press('Enter');
      await first.waitFor();
      await page.keyboard.press('Tab');
      expect(await first.evaluate((b) => b === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      await first.waitFor({ state: 'hidden' });
      expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
    } finally {
      await page.context().close();
    }
  });
});
