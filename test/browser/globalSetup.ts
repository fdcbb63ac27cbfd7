// Builds the app once with Vite's JS API into a temporary directory, serves it with `vite
// preview` on a free localhost port, and hands the URL to the tests. Testing the production
// build (not the dev server) checks what users actually get.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type InlineConfig } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built app, served by vite preview, ending in '/'. */
    appUrl: string;
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOST = '127.0.0.1';

/** Builds and serves the app; returns the teardown that stops the server and removes the build. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = await mkdtemp(join(tmpdir(), 'scatterlist-explorer-build-'));
  const config = {
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn' as const,
  };
  await buildForProduction({
    ...config,
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  });
  // Port 0: the OS picks a free port, so parallel runs and a running `npm start` never clash.
  const server = await preview({
    ...config,
    build: { outDir },
    preview: { host: HOST, port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error('vite preview is not listening');
  project.provide('appUrl', `http://${HOST}:${address.port}/`);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}

/** `vite build` as `npm run build` runs it, even though Vitest has set NODE_ENV=test. */
async function buildForProduction(config: InlineConfig): Promise<void> {
  // Vite and the React plugin read NODE_ENV, not the mode, to pick production JSX and React's
  // production bundle; under "test" the build would call jsxDEV, which production React lacks.
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(config);
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}
