// Runs the real CLI (`npm run --silent simulate -- FILE`), so the browser tests compare the page
// with exactly the numbers a script would get.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SimulationReport } from '../../src/model';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The CLI's JSON report for one scenario file (path relative to the repository root). */
export function simulateWithCli(file: string): Promise<SimulationReport> {
  return new Promise((resolve, reject) => {
    const args = ['run', '--silent', 'simulate', '--', file];
    execFile('npm', args, { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      // An invalid file still prints its JSON line (with `error` set) before exiting 1.
      const lines = stdout.trim().split('\n').filter(Boolean);
      if (lines.length !== 1) {
        const why = error ? `${error.message}\n${stderr}` : stdout;
        reject(new Error(`expected one JSON line from the CLI for ${file}, got:\n${why}`));
        return;
      }
      resolve(JSON.parse(lines[0]!) as SimulationReport);
    });
  });
}
