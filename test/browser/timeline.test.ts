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
