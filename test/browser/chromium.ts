// Finds and launches the Chromium the browser tests drive. Search order: an explicit path from
// the environment, Playwright's own download, then the usual system packages. Headless, no
// sandbox (CI runs as root in a container), and nothing that phones home during a test.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Environment variables that name a Chromium binary, checked in this order. */
export const CHROMIUM_ENV_VARS = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'] as const;

/** System locations tried after the environment and Playwright's own browsers. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
] as const;

/** Command-line flags for a quiet, deterministic headless run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-sync',
] as const;

/** The Chromium executable to use; throws a message saying where it looked when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of CHROMIUM_ENV_VARS) {
    const path = env[name];
    if (!path) continue;
    // An explicit setting that points nowhere is a mistake to report, not to skip silently.
    if (!existsSync(path)) throw new Error(`${name}=${path} but no file exists there`);
    return path;
  }
  const candidates = [playwrightChromiumPath(), ...SYSTEM_CHROMIUM_PATHS];
  const found = candidates.find((p): p is string => p !== undefined && existsSync(p));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the browser tests. Looked at:',
      `  $${CHROMIUM_ENV_VARS.join(', $')} (unset)`,
      ...candidates.filter((p) => p !== undefined).map((p) => `  ${p}`),
      'Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH=/path/to/chrome.',
    ].join('\n'),
  );
}

/** Where Playwright would keep its own Chromium download (it may not be there). */
function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // playwright-core throws when it has no browser entry for this platform.
    return undefined;
  }
}

/** Launches headless Chromium; a failure says which binary failed and how to pick another. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(
      `Chromium at ${executablePath} failed to start (set CHROMIUM_PATH to use another):\n${message}`,
      { cause: e },
    );
  }
}
