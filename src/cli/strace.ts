// `npm run --silent strace -- FILE [--version ID] [-s N] [--parted]`: the scenario's syscalls as
// strace would print them (docs/symptom-lab.md, "strace view"), or with --parted what
// `parted print` concludes from them ("parted"). Without --version every lane is printed, each
// under a `# <lane>` header: the three kernel versions, then `oracle` (a correct kernel).
// Exit status: 0 ok; 1 unreadable or invalid scenario (field-level messages on stderr);
// 2 bad command line (the message names the flag and the rule).
import { readFileSync } from 'node:fs';
import { formatIssues, isVersionId, parseScenario, simulate, VERSION_IDS } from '../model';
import {
  partedPrint,
  partedVerdictText,
  STRACE_DEFAULT_STRING_LIMIT,
  straceText,
  type StraceLane,
} from '../model/symptoms';

const USAGE = `usage: npm run --silent strace -- SCENARIO.json [--version ${[...VERSION_IDS, 'oracle'].join('|')}] [-s N] [--parted]`;
const LANES: readonly StraceLane[] = [...VERSION_IDS, 'oracle'];

interface Args {
  readonly file: string;
  readonly lane: StraceLane | null;
  readonly stringLimit: number;
  readonly parted: boolean;
}

/** Parses the command line, or returns the message for a usage error. */
function parseArgs(argv: readonly string[]): Args | { error: string } {
  let file: string | null = null;
  let lane: StraceLane | null = null;
  let stringLimit = STRACE_DEFAULT_STRING_LIMIT;
  let parted = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let flag: '--version' | '-s';
    let value: string | undefined;
    if (arg === '--parted') {
      parted = true;
      continue;
    }
    if (arg === '--version' || arg === '-s') {
      flag = arg;
      value = argv[++i];
    } else if (arg.startsWith('--version=')) {
      flag = '--version';
      value = arg.slice('--version='.length);
    } else if (/^-s\d/.test(arg)) {
      flag = '-s';
      value = arg.slice(2);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `${arg}: unknown option (allowed: --version ID, -s N, --parted)` };
    } else if (file === null) {
      file = arg;
      continue;
    } else {
      return { error: `${arg}: only one scenario file is allowed` };
    }
    if (value === undefined) return { error: `${flag}: needs a value` };
    if (flag === '--version') {
      if (value !== 'oracle' && !isVersionId(value))
        return { error: `--version: must be one of ${LANES.join(', ')}, got "${value}"` };
      lane = value;
    } else {
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
        return { error: `-s: must be a whole number >= 0 (strace's string limit), got "${value}"` };
      stringLimit = Number(value);
    }
  }
  if (file === null) return { error: 'a scenario file is required' };
  return { file, lane, stringLimit, parted };
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    process.stderr.write(`${args.file}: cannot read file: ${(e as Error).message}\n`);
    return 1;
  }
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    process.stderr.write(`${args.file}: ${formatIssues(parsed.error)}\n`);
    return 1;
  }
  const sim = simulate(parsed.value, { trace: true });
  const options = { stringLimit: args.stringLimit };
  const render = (lane: StraceLane): string =>
    args.parted
      ? partedVerdictText(partedPrint(sim, lane))
          .map((l) => `${l}\n`)
          .join('')
      : straceText(sim, lane, options);
  process.stdout.write(
    args.lane !== null
      ? render(args.lane)
      : LANES.map((lane) => `# ${lane}\n${render(lane)}`).join('\n'),
  );
  return 0;
}

// exitCode, not exit(): exit() can cut off output still queued for a pipe.
process.exitCode = main(process.argv.slice(2));
