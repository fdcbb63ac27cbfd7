// The panels translated after the first i18n pass, in Simplified Chinese in real Chromium: the
// scenario editor (a field's own message in Chinese), the pipeline drawing's row titles, the hex
// view and the code pane, the theme switch and the pipeline's table view, and the load-issues
// banner of a bad scenario link, which words the rule in Chinese and still names the field by its
// path (paths are identifiers, never translated).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compressScenario } from '../../src/state/url/scenarioParam';
import { describedBy, openApp, saveScreenshots, useBrowser, type AppPage } from './app';

useBrowser();

const HAN = /[\u4e00-\u9fff]/;
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Opens the app at `suffix` in a fresh context, runs `body`, then closes the context. */
async function withPage(suffix: string, body: (app: AppPage) => Promise<void>): Promise<void> {
  const app = await openApp({}, suffix);
  try {
    await expect.poll(() => htmlLang(app.page)).toBe('zh-Hans');
    await body(app);
  } finally {
    await app.page.context().close();
  }
}

describe('the rest of the interface in Simplified Chinese', () => {
  it('words an editor field message in Chinese, beside the field it belongs to', async () => {
    await withPage('#v=1&p=raid-stripe&lang=zh-Hans', async ({ page, errors }) => {
      await page.getByText('编辑场景', { exact: true }).click();
      const editor = page.getByRole('region', { name: '场景编辑器', exact: true });
      await editor.waitFor();
      // The op list shows ops as strace would: identifiers, the same in every language.
      await editor.getByRole('button', { name: /submit_bio\(READ, sector 8/ }).click();
      const length = editor.getByRole('textbox', { name: 'bio_vec 0 的长度', exact: true });
      await length.fill('1000');
      expect(await length.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(length)).toContain('必须是 512 的倍数（blkif 以 512 字节扇区寻址）');
      // The summary names the field by its path, then the rule in Chinese.
      const summary = editor.getByRole('region', { name: '草稿中的问题', exact: true });
      expect(await summary.innerText()).toMatch(
        /ops\[\d+\]\.bvecs\[0\]\.length: 必须是 512 的倍数/,
      );
      await editor.getByRole('heading', { name: '内核假设情形', exact: true }).waitFor();
      await length.scrollIntoViewIfNeeded();
      await saveScreenshots(page, 'i18n-rest-editor-error');
      expect(errors).toEqual([]);
    });
  });

  it('titles the pipeline rows, the hex view and the code pane in Chinese', async () => {
    await withPage('#v=1&p=parted-gpt&step=40&lang=zh-Hans', async ({ page, errors }) => {
      const titles = page.locator('svg[data-animating] .pv-row-title');
      await titles.first().waitFor();
      const texts = await titles.allTextContents();
      expect(texts[0]).toBe('进程缓冲区：请求涉及的页（512 字节一格）');
      // Only the scatterlist row is all identifiers (kept as they are) and Chinese punctuation.
      expect(texts.filter((text) => !HAN.test(text))).toEqual(['scatterlist：blk_rq_map_sg']);
      expect(texts.length).toBeGreaterThanOrEqual(6);
      await page.getByRole('button', { name: '全部显示', exact: true }).waitFor();
      await page.getByRole('heading', { level: 2, name: '代码', exact: true }).waitFor();
      await page.getByRole('table', { name: '变量监视', exact: true }).waitFor();
      await saveScreenshots(page, 'i18n-rest-pipeline');

      const hex = page.getByRole('heading', { level: 2, name: '十六进制视图', exact: true });
      await hex.waitFor();
      await page.getByRole('heading', { level: 2, name: '字节来源', exact: true }).waitFor();
      await hex.scrollIntoViewIfNeeded();
      await page.getByRole('grid', { name: '进程读到的', exact: true }).waitFor();
      await saveScreenshots(page, 'i18n-rest-hex');
      expect(errors).toEqual([]);
    });
  });

  it('words the theme switch and the table view in Chinese', async () => {
    await withPage('#v=1&p=parted-gpt&step=40&lang=zh-Hans', async ({ page, errors }) => {
      const theme = page.locator('fieldset.theme-switch');
      expect(await theme.locator('legend').innerText()).toBe('主题');
      await page.getByRole('radio', { name: '深色', exact: true }).waitFor();
      const summary = page.locator('summary', { hasText: '本步的表格视图' });
      expect(await summary.innerText()).toBe('本步的表格视图（bio_vec、段、授权页、拷贝）');
      await summary.click();
      // The version id stays an identifier inside the Chinese title.
      const copies = page.getByRole('table', { name: /^完成时的拷贝：0a8704a51（持久授权页/ });
      await copies.waitFor();
      await copies.getByRole('columnheader', { name: '判定', exact: true }).waitFor();
      expect(await page.locator('.pv-table-view').innerText()).not.toMatch(
        /Table view|Completion copies|Not built yet|misdirected bytes/,
      );
      await saveScreenshots(page, 'i18n-rest-table-view');
      expect(errors).toEqual([]);
    });
  });

  it('words the issues of a bad scenario link in Chinese, still naming the field path', async () => {
    const bad = {
      version: 1,
      disk: { sectors: 2048, content: 'pattern' },
      ops: [{ op: 'read', sector: 0, buffer: { address: 0, length: 0 } }],
    };
    // Compressed by hand: the link encoder itself refuses invalid scenarios.
    const hash = `#v=1&s=${compressScenario(JSON.stringify(bad))}&lang=zh-Hans`;
    await withPage(hash, async ({ page, errors }) => {
      const alert = page.getByRole('alert').filter({ hasText: 'ops[0].buffer.length' });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain('ops[0].buffer.length: 不能小于 1');
      expect(text).not.toContain('must be at least');
      await saveScreenshots(page, 'i18n-rest-bad-link');
      expect(errors).toEqual([]);
    });
  });
});
