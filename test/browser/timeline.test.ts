// Driving the explorer the way users do: the contract's buttons and slider by role and name, the
// keyboard shortcuts, instant step back, version focus, and reduced motion.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/model';
import { choosePreset, saveScreenshots, useBrowser, withApp } from './app';

useBrowser();

const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline', exact: true });
const stepOf = async (page: Page) => Number(await timeline(page).inputValue());
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const preset = (id: string) => PRESETS.find((p) => p.id === id)!;

describe('timeline controls', () => {
  it('steps, jumps and plays with the named controls', async () => {
    await withApp(async ({ page, errors }) => {
      await choosePreset(page, preset('d62-commit-example'));
      expect(await stepOf(page)).toBe(0);
      const last = Number(await timeline(page).getAttribute('max'));
      expect(last).toBeGreaterThan(5);

      await button(page, 'Step forward').click();
      await button(page, 'Step forward').click();
      expect(await stepOf(page)).toBe(2);
      await button(page, 'Step back').click();
      expect(await stepOf(page)).toBe(1);
      await button(page, 'Go to end').click();
      expect(await stepOf(page)).toBe(last);
      await button(page, 'Go to start').click();
      expect(await stepOf(page)).toBe(0);

      await timeline(page).fill(String(7));
      expect(await stepOf(page)).toBe(7);

      // Play at top speed: the toggle becomes "Pause", and playback reaches the end by itself.
      await page.getByRole('combobox', { name: 'Speed' }).selectOption('64');
      await button(page, 'Play').click();
      await button(page, 'Pause')
        .waitFor({ timeout: 2000 })
        .catch(() => undefined);
      await button(page, 'Play').waitFor();
      expect(await stepOf(page)).toBe(last);
      expect(errors).toEqual([]);
    });
  });

  it('is driven by the keyboard: Space, arrows, Home/End, +/−', async () => {
    await withApp(async ({ page }) => {
      await choosePreset(page, preset('raid-stripe'));
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await stepOf(page)).toBe(3);
      await page.keyboard.press('ArrowLeft');
      expect(await stepOf(page)).toBe(2);
      await page.keyboard.press('End');
      const last = Number(await timeline(page).getAttribute('max'));
      expect(await stepOf(page)).toBe(last);
      await page.keyboard.press('Home');
      expect(await stepOf(page)).toBe(0);

      const speed = page.getByRole('combobox', { name: 'Speed' });
      const before = Number(await speed.inputValue());
      await page.keyboard.press('+');
      expect(Number(await speed.inputValue())).toBe(before * 2);
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      expect(Number(await speed.inputValue())).toBe(before / 2);

      await page.keyboard.press(' ');
      await button(page, 'Pause').waitFor();
      await page.keyboard.press(' ');
      await button(page, 'Play').waitFor();
    });
  });

  it('leaves Space to a focused disclosure: it opens the panel and does not start playback', async () => {
    await withApp(async ({ page }) => {
      const summary = page.locator('summary').first();
      await summary.focus();
      await page.keyboard.press(' ');
      expect(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(
        true,
      );
      await button(page, 'Play').waitFor();
      expect(await page.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(0);
    });
  });

  it('steps back instantly from the end of the largest preset', async () => {
    await withApp(async ({ page }) => {
      await choosePreset(page, preset('indirect-256'));
      await button(page, 'Go to end').click();
      const last = await stepOf(page);
      await button(page, 'Step back').click();
      expect(await stepOf(page)).toBe(last - 1);
      await timeline(page).fill('0');
      expect(await stepOf(page)).toBe(0);
    });
  });

  it('focuses a version with radio buttons named by version id', async () => {
    await withApp(async ({ page }) => {
      const radio = page.getByRole('radio', { name: 'b7649158', exact: true });
      await radio.check();
      expect(await radio.isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: '0a8704a51', exact: true }).isChecked()).toBe(
        false,
      );
    });
  });

  it('animates a step by default', async () => {
    await withApp(async ({ page }) => {
      await choosePreset(page, preset('d62-commit-example'));
      const pipeline = page.locator('svg[data-animating]');
      await pipeline.waitFor();
      // Record every value the attribute takes, then step: a tween must start and then end.
      await page.evaluate(() => {
        const svg = document.querySelector('svg[data-animating]')!;
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        new MutationObserver(() => seen.push(svg.getAttribute('data-animating')!)).observe(svg, {
          attributes: true,
          attributeFilter: ['data-animating'],
        });
      });
      await timeline(page).fill('10');
      await page.waitForFunction(() =>
        (window as unknown as { seen: string[] }).seen.includes('true'),
      );
      await page.waitForFunction(
        () =>
          document.querySelector('svg[data-animating]')!.getAttribute('data-animating') === 'false',
      );
    });
  });

  it('moves without animation under prefers-reduced-motion', async () => {
    await withApp(
      async ({ page }) => {
        await choosePreset(page, preset('d62-commit-example'));
        const pipeline = page.locator('svg[data-animating]');
        await pipeline.waitFor();
        await button(page, 'Step forward').click();
        expect(await pipeline.getAttribute('data-animating')).toBe('false');
        await saveScreenshots(page, 'reduced-motion');
      },
      { reducedMotion: 'reduce' },
    );
  });
});

describe('hex view and provenance', () => {
  it('traces the stale "EFI PART" byte back to the LBA 1 read and jumps to the step that wrote it', async () => {
    await withApp(async ({ page, errors }) => {
      await button(page, 'Go to end').click();
      const grid = page.getByRole('grid', { name: 'Process read' });
      await grid.waitFor();
      // Buffer byte 0x400 of the 16 KiB read is the "E" of the stale GPT header.
      const e = grid.locator('[data-i="1024"]').first();
      await e.click();
      const panel = page.getByRole('region', { name: 'Byte provenance' });
      await panel.waitFor();
      const text = await panel.innerText();
      expect(text).toMatch(/request 1/);
      expect(text).toMatch(/LBA 1|sector 1\b/);
      // The click moved the timeline to the completion copy that wrote the byte.
      const step = await stepOf(page);
      expect(step).toBeLessThan(Number(await timeline(page).getAttribute('max')));
      await saveScreenshots(page, 'provenance-efi-part');
      // Each hop offers a jump; following one moves the timeline there.
      const jumps = panel.getByRole('button', { name: /^Go to step \d+$/ });
      expect(await jumps.count()).toBeGreaterThanOrEqual(2);
      const target = Number((await jumps.last().innerText()).match(/\d+/)![0]);
      await jumps.last().click();
      expect(await stepOf(page)).toBe(target);
      expect(errors).toEqual([]);
    });
  });
});

/** How many texts the pipeline shows, and the pairs whose boxes overlap by over 1 px each way. */
const OVERLAPS = `(() => {
  const boxes = [...document.querySelectorAll('svg[data-animating] text')]
    .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
    .filter((b) => b.r.width > 0 && b.r.height > 0 && b.text.trim() !== '');
  const hits = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r, b = boxes[j].r;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) hits.push(boxes[i].text + ' / ' + boxes[j].text);
    }
  return { texts: boxes.length, hits };
})()`;

describe('legibility', () => {
  it('draws a full 11-segment request with no overlapping text, at 1280 and 1920', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await withApp(
        async ({ page, errors }) => {
          await choosePreset(page, preset('full-ring-11'));
          // The first request's second completion copy: everything drawn, ribbons in flight.
          const steps = Number(await timeline(page).getAttribute('max'));
          for (const at of [Math.floor(steps / 3), Math.floor(steps / 2)]) {
            await timeline(page).fill(String(at));
            const { texts, hits } = (await page.evaluate(OVERLAPS)) as {
              texts: number;
              hits: string[];
            };
            expect(texts).toBeGreaterThan(40);
            expect(hits, `step ${at} at ${viewport.width}px`).toEqual([]);
          }
          await page.getByRole('button', { name: 'Fit all' }).click();
          expect(((await page.evaluate(OVERLAPS)) as { hits: string[] }).hits).toEqual([]);
          await saveScreenshots(page, `full-ring-11-${viewport.width}`);
          expect(errors).toEqual([]);
        },
        { viewport, reducedMotion: 'reduce' },
      );
    }
  });

  it('draws 11 segments and the 256-segment what-if without overlap, at 1280 and 1920', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await withApp(
        async ({ page, errors }) => {
          await choosePreset(page, preset('indirect-256'));
          await timeline(page).fill('300');
          await page.getByRole('button', { name: 'Fit all' }).click();
          await saveScreenshots(page, `indirect-256-${viewport.width}`);
          // Text in the drawing stays at least 11 px tall at the starting zoom.
          await page.getByRole('button', { name: 'Reset zoom' }).click();
          const smallest = await page.evaluate(() =>
            Math.min(
              ...[...document.querySelectorAll('svg[data-animating] text')]
                .map((t) => t.getBoundingClientRect().height)
                .filter((h) => h > 0),
            ),
          );
          expect(smallest).toBeGreaterThanOrEqual(10);
          expect(errors).toEqual([]);
        },
        { viewport },
      );
    }
  });
});
