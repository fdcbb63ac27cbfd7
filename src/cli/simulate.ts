// `npm run --silent simulate -- FILE...`: one JSON line per scenario file (ui-contract.md).
// Invalid files print {"file", "error"} and make the exit status 1, after every file is printed.
import { readFileSync } from 'node:fs';
import { runScenarioFile } from './runScenarioFile';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent simulate -- SCENARIO.json [MORE.json ...]\n');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    failed = true;
    process.stdout.write(
      `${JSON.stringify({ file, error: `cannot read file: ${(e as Error).message}` })}\n`,
    );
    continue;
  }
  const report = runScenarioFile(file, text);
  if (report.error !== null) failed = true;
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = failed ? 1 : 0;
