// `npm run --silent share -- FILE`: the share path (`/#v=1&...`) that opens the explorer on a
// scenario file: `p=<id>` when the file is an unchanged preset (whatever its layout), else the
// compressed scenario as `s=`. An invalid file prints field-level messages on stderr, exit 1.
import { readFileSync } from 'node:fs';
import { formatIssues } from '../model';
import { canonicalScenarioText, encodeLink } from '../state/url';

/** The share path for a scenario file's text, or the message saying why there is none. */
function sharePath(file: string, text: string): { path: string } | { error: string } {
  const canonical = canonicalScenarioText(text);
  if (!canonical.ok) return { error: `${file}: ${formatIssues(canonical.error)}` };
  return { path: `/#${encodeLink({ scenarioJson: JSON.parse(canonical.value) })}` };
}

function main(args: readonly string[]): number {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    process.stderr.write('usage: npm run --silent share -- SCENARIO.json\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read file: ${(e as Error).message}\n`);
    return 1;
  }
  const result = sharePath(file, text);
  if ('error' in result) {
    process.stderr.write(`${result.error}\n`);
    return 1;
  }
  process.stdout.write(`${result.path}\n`);
  return 0;
}

// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = main(process.argv.slice(2));
