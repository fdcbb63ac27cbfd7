// The Symptom lab, the Exports menu and the counterexample search in Simplified Chinese (opened
// with lang=zh-Hans in the link): Chinese headings, labels and sentences; parted's own messages
// and strace's lines stay as the tools print them (English); and no English sentence from these
// panels' resource files is left on screen.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import enExports from '../../src/i18n/locales/en/exports.json';
import enSearch from '../../src/i18n/locales/en/search.json';
import enSymptoms from '../../src/i18n/locales/en/symptoms.json';
import zhExports from '../../src/i18n/locales/zh-Hans/exports.json';
import zhSearch from '../../src/i18n/locales/zh-Hans/search.json';
import zhSymptoms from '../../src/i18n/locales/zh-Hans/symptoms.json';
import { SCREENSHOT_DIR, openApp, useBrowser, type AppPage } from './app';

useBrowser();

type Table = { readonly [key: string]: string | Table };

/** Every string of a resource table. */
const values = (table: Table): string[] =>
  Object.values(table).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));

/**
 * English phrases that would betray an untranslated string: the fixed text between a message's
 * placeholders, at least two words long, and not also in the Chinese file (a tool's own words or
 * an identifier the Chinese keeps, like "-s" or "BUG_ON").
 */
function englishPhrases(en: Table, zh: Table): string[] {
  const chinese = values(zh).join('\n');
  const phrases = values(en)
    .flatMap((text) => text.split(/\{\{\s*\w+\s*\}\}/))
    .map((part) => part.trim().replace(/^[\s,.:;()–-]+|[\s,.:;()–-]+$/g, ''))
    .filter((part) => /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(part) && !chinese.includes(part));
  return [...new Set(phrases)];
}

/** The English phrases of `en` that `text` still contains. */
const leftover = (text: string, en: Table, zh: Table) =>
  englishPhrases(en, zh).filter((p) => text.includes(p));

/** Opens the app in Chinese (by the link's lang=) and runs `body`; closes the page after. */
async function withChinese(hash: string, body: (app: AppPage) => Promise<void>): Promise<void> {
  const app = await openApp({ locale: 'en-US' }, `${hash}&lang=zh-Hans`);
  try {
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await body(app);
  } finally {
    await app.page.context().close();
  }
}

async function shoot(page: Page, target: Locator, name: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await target.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}-viewport.png` });
}

describe('panels in Simplified Chinese', () => {
  it('has English phrases to look for (the check below is not vacuous)', () => {
    expect(englishPhrases(enSymptoms, zhSymptoms)).toContain('Disk before and after each write');
    expect(englishPhrases(enSearch, zhSearch)).toContain('Search results by version');
    expect(englishPhrases(enExports, zhExports)).toContain('Scenario JSON');
  });

  it('Symptom lab: Chinese words, parted and strace output verbatim', async () => {
    await withChinese('#v=1&p=parted-gpt', async ({ page, errors }) => {
      const lab = page.getByRole('region', { name: '症状实验室', exact: true });
      await lab.waitFor();
      await lab
        .getByRole('spinbutton', { name: '-s（字符串长度上限，字节）', exact: true })
        .waitFor();
      await lab.getByRole('group', { name: '各版本的 strace 输出', exact: true }).waitFor();
      await lab.getByRole('heading', { name: '每次写入前后的磁盘', exact: true }).waitFor();
      await lab.getByRole('button', { name: '下载 C 复现程序', exact: true }).waitFor();
      // parted's message is the tool's output: English, exactly as parted prints it.
      const failing = lab.getByRole('article', { name: /^0a8704a51\b/ });
      expect(await failing.innerText()).toContain(
        "parted /dev/xvdb unit s print\nError: Can't have the end before the start!",
      );
      expect(await failing.innerText()).toContain('parted 失败');
      // The empty table's sentence is Chinese; the table itself is parted's.
      const table = lab.getByRole('article', { name: /^d62f69185, b7649158\b/ });
      expect(await table.innerText()).toContain('Partition Table: gpt');
      expect(await table.innerText()).toContain('GPT 头有效');
      // strace lines stay strace's.
      expect(await lab.locator('.strace-text').first().innerText()).toMatch(
        /^open\(|^lseek\(|^read\(/,
      );
      expect(leftover(await lab.innerText(), enSymptoms, zhSymptoms)).toEqual([]);
      // A bad -s is named in Chinese.
      await lab.getByRole('spinbutton').fill('0');
      await lab
        .getByRole('alert')
        .filter({ hasText: '-s：必须是 1 到 65536 之间的整数' })
        .waitFor();
      await lab.getByRole('spinbutton').fill('32');
      await shoot(page, lab, 'i18n-zh-symptom-lab');
      expect(errors).toEqual([]);
    });
  });

  it('Symptom lab: the disk before and after a write, in Chinese', async () => {
    await withChinese('#v=1&p=raid-rmw', async ({ page, errors }) => {
      const lab = page.getByRole('region', { name: '症状实验室', exact: true });
      await lab.getByRole('table', { name: '写入前的扇区 12', exact: true }).waitFor();
      await lab.getByRole('group', { name: '写入后的磁盘，版本：' }).waitFor();
      await lab
        .getByText(/扇区 12：\d+ 字节不同|扇区 12：有 \d+ 字节与正确内核写入的不同/)
        .first()
        .waitFor();
      expect(leftover(await lab.innerText(), enSymptoms, zhSymptoms)).toEqual([]);
      await shoot(page, lab.locator('.symptom-disk'), 'i18n-zh-symptom-disk');
      expect(errors).toEqual([]);
    });
  });

  it('Exports menu: Chinese entries and hints', async () => {
    await withChinese('#v=1&p=parted-gpt', async ({ page, errors }) => {
      await page.getByText('导出', { exact: true }).click();
      const popup = page.getByRole('group', { name: '导出', exact: true });
      await popup.getByRole('button', { name: '场景 JSON', exact: true }).waitFor();
      await popup.getByRole('button', { name: '数据通路图（PNG）', exact: true }).waitFor();
      await popup.getByText('当前这一步，2 倍尺寸').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        popup.getByRole('button', { name: 'C 复现程序', exact: true }).click(),
      ]);
      // File names stay ASCII; the status line is Chinese.
      expect(download.suggestedFilename()).toMatch(/^[\w.-]+\.c$/);
      await popup
        .getByRole('status')
        .filter({ hasText: /^已保存 [\w.-]+\.c$/ })
        .waitFor();
      expect(leftover(await popup.innerText(), enExports, zhExports)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}i18n-zh-exports.png` });
      expect(errors).toEqual([]);
    });
  });

  it('Search panel: Chinese form, run, results, patterns and phase maps', async () => {
    await withChinese('#v=1&p=parted-gpt', async ({ page, errors }) => {
      await page.getByText('搜索反例', { exact: true }).click();
      const panel = page.getByRole('region', { name: '反例搜索', exact: true });
      await panel.waitFor();
      // An invalid field is named and its rule worded in Chinese.
      await panel.getByLabel('页数', { exact: true }).fill('17');
      await panel.getByText('页数：不能大于 16').waitFor();
      await panel.getByText(/运行时使用这里显示的最后一组有效设置/).waitFor();
      await panel.getByLabel('页数', { exact: true }).fill('2');
      await panel.getByRole('button', { name: '运行搜索', exact: true }).click();
      await panel.getByText(/^完成：\d+ 种形状已全部检查/).waitFor({ timeout: 30_000 });
      await panel.getByRole('table', { name: '各版本的搜索结果', exact: true }).waitFor();
      await panel.getByRole('heading', { name: '出错模式', exact: true }).waitFor();
      await panel.getByRole('heading', { name: /^O_DIRECT 读：/ }).waitFor({ timeout: 30_000 });
      const chart = panel.getByRole('group', { name: /^0a8704a51：\d+ 种布局中 \d+ 种出错/ });
      expect(await chart.count()).toBe(2);
      expect(await panel.getByRole('button', { name: /^在探查器中加载/ }).count()).toBeGreaterThan(
        0,
      );
      expect(leftover(await panel.innerText(), enSearch, zhSearch)).toEqual([]);
      await shoot(page, panel, 'i18n-zh-search');
      expect(errors).toEqual([]);
    });
  });
});
