// `npm run --silent trace -- FILE`: the scenario's step-by-step trace as text, one line per step
// (the same text as the golden files). Invalid input prints the field-level messages to stderr.
import { readFileSync } from 'node:fs';
import { formatIssues, parseScenario } from '../model/scenario/validate';
import { simulate } from '../model/simulate';
import { traceText } from '../model/traceText';

const [file] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npm run --silent trace -- SCENARIO.json\n');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  process.stderr.write(`${file}: cannot read file: ${(e as Error).message}\n`);
  process.exit(1);
}
const parsed = parseScenario(text);
if (!parsed.ok) {
  process.stderr.write(`${file}: ${formatIssues(parsed.error)}\n`);
  process.exit(1);
}
process.stdout.write(traceText(simulate(parsed.value, { trace: true })));
