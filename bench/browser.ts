// Browser benchmarks of the built app in headless Chromium (JSON lines, like the rest of
// `npm run bench`): initial JS size (gzip), time from navigation to the pipeline being drawn,
// and frame intervals while playing the largest preset at top speed.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { launchChromium } from '../test/browser/chromium';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LARGEST_PRESET_TITLE = 'What-if: 256 segments with indirect descriptors';
const PLAY_SECONDS = 4;

// Runs in the page: press Play, then record requestAnimationFrame intervals for PLAY_SECONDS.
// A plain string, because the bench runs under tsx, whose transform would wrap a function
// argument in helpers that do not exist in the page.
const FRAME_PROBE = `new Promise((resolve) => {
  const stamps = [];
  const play = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Play');
  if (play) play.click();
  const tick = (t) => {
    stamps.push(t);
    if (t - stamps[0] < ${PLAY_SECONDS} * 1000) requestAnimationFrame(tick);
    else resolve(stamps.slice(1).map((x, i) => x - stamps[i]));
  };
  requestAnimationFrame(tick);
})`;

function print(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Gzipped size of the JS that index.html loads up front. */
async function initialJsBytes(
  outDir: string,
): Promise<{ raw: number; gzip: number; files: string[] }> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = await readFile(join(outDir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

/** Builds, serves and measures the app; prints three JSON lines. */
export async function benchBrowser(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'scatterlist-bench-'));
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
  const js = await initialJsBytes(outDir);
  print({
    bench: 'initial-js',
    gzipBytes: js.gzip,
    rawBytes: js.raw,
    files: js.files,
    aimGzipBytes: 210 * 1024,
  });

  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  const browser = await launchChromium();
  try {
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await (
        await browser.newContext({ viewport: { width: 1280, height: 800 } })
      ).newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.locator('svg[data-animating]').first().waitFor();
      loads.push(await page.evaluate(() => performance.now()));
      await page.context().close();
    }
    loads.sort((a, b) => a - b);
    print({
      bench: 'first-render',
      msToPipelineMedian: Math.round(percentile(loads, 50)),
      runsMs: loads.map(Math.round),
      aimMs: 1000,
    });

    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page
      .getByRole('combobox', { name: 'Scenario', exact: true })
      .selectOption({ label: LARGEST_PRESET_TITLE });
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('64');
    await page.locator('svg[data-animating]').first().waitFor();
    const frames = (await page.evaluate(FRAME_PROBE)) as number[];
    const sorted = [...frames].sort((a, b) => a - b);
    print({
      bench: 'play-frames',
      preset: 'indirect-256',
      speedStepsPerSecond: 64,
      frames: frames.length,
      p50Ms: Number(percentile(sorted, 50).toFixed(2)),
      p95Ms: Number(percentile(sorted, 95).toFixed(2)),
      maxMs: Number((sorted[sorted.length - 1] ?? 0).toFixed(2)),
      aimP95Ms: 16,
    });
  } finally {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
