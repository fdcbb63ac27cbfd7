// Issue #7 (Reach): `npm run build` output works from any sub-path. Two builds, each served
// from a sub-path by a plain static file server (as GitHub Pages or any web host would):
//  - the default build (base "./", every URL relative), served from /deep/path/;
//  - BASE_PATH=/sub/ (absolute base), served from /sub/.
// In each: no request fails or 404s, lazy chunks load, the manifest and the service worker are
// scoped to the sub-path (and the app reloads offline there), and the share link and the embed
// code point into the sub-path.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAbortedByNavigation, openApp, useBrowser, VIEWPORT } from './app';
import { outcomeTable } from './outcomeTable';

useBrowser();

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOST = '127.0.0.1';

/** MIME types a static host sends for the files a build contains. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** A build served under `prefix` by a minimal static server; everything else is a 404. */
interface Site {
  readonly url: string;
  readonly notFound: string[];
  close(): Promise<void>;
}

async function serve(dir: string, prefix: string): Promise<Site> {
  const notFound: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(prefix) ? path.slice(prefix.length) : null;
    const file = inside === null ? null : normalize(inside === '' ? 'index.html' : inside);
    if (file === null || file.startsWith('..')) {
      notFound.push(path);
      res.writeHead(404).end();
      return;
    }
    readFile(join(dir, file)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        notFound.push(path);
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}${prefix}`,
    notFound,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `npm run build` with BASE_PATH as given (undefined: the default), into a temporary dir. */
async function buildWith(basePath: string | undefined): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'scatterlist-explorer-subpath-'));
  const saved = { node: process.env.NODE_ENV, base: process.env.BASE_PATH };
  // Production JSX and React as `npm run build` gets them (see globalSetup.ts), and the base
  // exactly as the README documents it: an environment variable read by vite.config.ts.
  process.env.NODE_ENV = 'production';
  if (basePath === undefined) delete process.env.BASE_PATH;
  else process.env.BASE_PATH = basePath;
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    for (const [key, value] of [
      ['NODE_ENV', saved.node],
      ['BASE_PATH', saved.base],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return outDir;
}

const CASES = [
  {
    name: 'default relative base served from /deep/path/',
    basePath: undefined,
    prefix: '/deep/path/',
  },
  { name: 'BASE_PATH=/sub/ served from /sub/', basePath: '/sub/', prefix: '/sub/' },
] as const;

let browser: Browser | undefined;
const sites = new Map<string, Site>();
const dirs: string[] = [];

beforeAll(async () => {
  const probe = await openApp();
  browser = probe.page.context().browser() ?? undefined;
  await probe.page.context().close();
  // One after the other: the machine has two cores, and each build uses both.
  for (const c of CASES) {
    const dir = await buildWith(c.basePath);
    dirs.push(dir);
    sites.set(c.name, await serve(dir, c.prefix));
  }
}, 180_000);

afterAll(async () => {
  for (const site of sites.values()) await site.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Failed requests and HTTP errors the page saw, from now on. */
function watchRequests(page: Page): string[] {
  const problems: string[] = [];
  page.on('requestfailed', (r) => {
    if (!isAbortedByNavigation(r)) problems.push(`failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return problems;
}

describe.each(CASES)('build under a sub-path: $name', ({ name }) => {
  it('loads with every request inside the sub-path, lazy chunks included', async () => {
    const site = sites.get(name)!;
    const context = await browser!.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
    const page = await context.newPage();
    const problems = watchRequests(page);
    try {
      await page.goto(site.url);
      await outcomeTable(page).waitFor();
      // Lazy chunks: hex view (after first paint), presets gallery and editor (on demand).
      await page.getByRole('heading', { level: 2, name: 'Hex view', exact: true }).waitFor();
      await page.locator('summary', { hasText: /^Presets$/ }).click();
      await page.getByRole('list', { name: 'Presets' }).getByRole('listitem').first().waitFor();
      await page.locator('summary', { hasText: /^Edit scenario$/ }).click();
      await page.getByRole('region', { name: 'Scenario editor', exact: true }).waitFor();

      const origin = new URL(site.url).origin;
      const urls = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>(
            'script[src], link[href]',
          ),
        ].map((el) => ('src' in el ? el.src : el.href)),
      );
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url.startsWith(site.url), url).toBe(true);
      expect(problems).toEqual([]);
      expect(site.notFound).toEqual([]);
      expect(new URL(page.url()).origin).toBe(origin);
    } finally {
      await context.close();
    }
  });

  it('has a manifest and a service worker scoped to the sub-path, and works offline there', async () => {
    const site = sites.get(name)!;
    const context = await browser!.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
    const page = await context.newPage();
    const problems = watchRequests(page);
    try {
      await page.goto(site.url);
      await outcomeTable(page).waitFor();
      const manifestUrl = await page
        .locator('link[rel="manifest"]')
        .evaluate((l) => (l as HTMLLinkElement).href);
      expect(manifestUrl).toBe(`${site.url}manifest.webmanifest`);
      const manifest = (await (await page.request.get(manifestUrl)).json()) as {
        start_url: string;
        scope: string;
        icons: { src: string }[];
      };
      expect(new URL(manifest.start_url, manifestUrl).href).toBe(site.url);
      expect(new URL(manifest.scope, manifestUrl).href).toBe(site.url);
      for (const icon of manifest.icons) {
        const response = await page.request.get(new URL(icon.src, manifestUrl).href);
        expect(response.status(), icon.src).toBe(200);
      }

      const scope = await page.evaluate(() =>
        navigator.serviceWorker.ready.then((registration) => registration.scope),
      );
      expect(scope).toBe(site.url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await page.reload();
      await outcomeTable(page).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Hex view', exact: true }).waitFor();
      await context.setOffline(false);
      // Offline, the browser's own update check of sw.js fails by design: only HTTP errors and
      // uncaught exceptions count here.
      expect(problems.filter((p) => !p.startsWith('failed: '))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('puts the sub-path into the share link and the embed code', async () => {
    const site = sites.get(name)!;
    const context = await browser!.newContext({
      viewport: VIEWPORT,
      colorScheme: 'light',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    try {
      await page.goto(site.url);
      await outcomeTable(page).waitFor();
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await page.getByRole('button', { name: 'Copy link', exact: true }).click();
      await expect.poll(clipboard).toMatch(/#v=1&/);
      expect((await clipboard()).startsWith(site.url)).toBe(true);

      await page.getByRole('button', { name: 'Copy embed code', exact: true }).click();
      await expect.poll(clipboard).toMatch(/^<iframe /);
      const src = /src="([^"]+)"/.exec(await clipboard())![1]!.replace(/&amp;/g, '&');
      expect(src.startsWith(`${site.url}?embed=1`)).toBe(true);
      // The embed URL itself opens the embed view from the sub-path.
      await page.goto(src);
      await page.getByRole('link', { name: 'Open in full explorer' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
