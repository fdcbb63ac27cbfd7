// Command-line flags of `npm run search`, parsed and validated without side effects (so tests can
// check every message without starting a process). Every problem names its flag and rule.
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../lib/result';
import {
  parseSearchOptions,
  parseSearchSpace,
  type SearchOptions,
  type SearchSpace,
} from '../model/search';

/** The usage text printed with every flag error. */
export const USAGE = `usage: npm run --silent search -- --pages N --max-bvecs K [--seed S] [--samples M]
  [--mode exhaustive|sample] [--granularity BYTES] [--contiguity none|physical|machine]
  [--page-size BYTES] [--sector-size BYTES] [--max-segments N] [--max-segment-size BYTES]
  [--segment-boundary-mask MASK] [--clustering true|false] [--max-hw-sectors N]
  [--write-scenarios DIR]
`;

/** Flag name of each field a validation issue can name. */
const FLAG_OF: Record<string, string> = {
  pages: '--pages',
  maxBvecs: '--max-bvecs',
  granularity: '--granularity',
  contiguity: '--contiguity',
  mode: '--mode',
  seed: '--seed',
  samples: '--samples',
  'kernel.pageSize': '--page-size',
  'kernel.maxSegments': '--max-segments',
  'kernel.maxSegmentSize': '--max-segment-size',
  'kernel.segmentBoundaryMask': '--segment-boundary-mask',
  'kernel.clustering': '--clustering',
  'kernel.maxHwSectors': '--max-hw-sectors',
  'kernel.sectorSize': '--sector-size',
};

const NUMBER_FLAGS = [
  'pages',
  'max-bvecs',
  'seed',
  'samples',
  'granularity',
  'page-size',
  'sector-size',
  'max-segments',
  'max-segment-size',
  'segment-boundary-mask',
  'max-hw-sectors',
] as const;

class UsageError extends Error {}

/** A whole number in decimal or 0x hex; anything else names the flag. */
function wholeNumber(flag: string, text: string): number {
  if (!/^(0x[0-9a-f]+|[0-9]+)$/i.test(text.trim()))
    throw new UsageError(`--${flag}: must be a whole number (decimal or 0x hex), got "${text}"`);
  return Number(text);
}

function parseFlags(argv: string[]) {
  let parsed;
  try {
    const options = Object.fromEntries(
      [...NUMBER_FLAGS, 'mode', 'contiguity', 'clustering', 'write-scenarios'].map((f) => [
        f,
        { type: 'string' as const },
      ]),
    );
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } } });
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    throw new UsageError(unknown ? `${unknown[1]}: unknown flag` : message);
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (v.help) return null;
  const num = (f: (typeof NUMBER_FLAGS)[number]) =>
    typeof v[f] === 'string' ? wholeNumber(f, v[f]) : undefined;
  if (v.pages === undefined) throw new UsageError('--pages: is required');
  if (v['max-bvecs'] === undefined) throw new UsageError('--max-bvecs: is required');
  let clustering: boolean | undefined;
  if (typeof v.clustering === 'string') {
    if (v.clustering !== 'true' && v.clustering !== 'false')
      throw new UsageError(`--clustering: must be "true" or "false", got "${v.clustering}"`);
    clustering = v.clustering === 'true';
  }
  const kernel = Object.fromEntries(
    Object.entries({
      pageSize: num('page-size'),
      sectorSize: num('sector-size'),
      maxSegments: num('max-segments'),
      maxSegmentSize: num('max-segment-size'),
      segmentBoundaryMask: num('segment-boundary-mask'),
      clustering,
      maxHwSectors: num('max-hw-sectors'),
    }).filter(([, x]) => x !== undefined),
  );
  // --samples alone means sampling; --mode says so explicitly.
  const mode = typeof v.mode === 'string' ? v.mode : v.samples !== undefined ? 'sample' : undefined;
  return {
    space: {
      pages: num('pages'),
      maxBvecs: num('max-bvecs'),
      granularity: num('granularity'),
      contiguity: v.contiguity,
      kernel,
    },
    options: { mode, seed: num('seed'), samples: num('samples') },
    writeDir: typeof v['write-scenarios'] === 'string' ? v['write-scenarios'] : undefined,
  };
}

/** Validation issues as lines of `--flag: rule`. */
export function issuesText(issues: readonly { path: string; message: string }[]): string {
  return issues.map((i) => `${FLAG_OF[i.path] ?? i.path}: ${i.message}`).join('\n');
}

/** What a valid command line asks for. */
export interface SearchCommand {
  readonly space: SearchSpace;
  readonly options: SearchOptions;
  /** Directory to write the counterexample scenarios into, if any. */
  readonly writeDir: string | undefined;
}

/** Parses and validates the flags; null means --help. Errors are `--flag: rule` lines. */
export function parseSearchArgs(argv: string[]): Result<SearchCommand | null, string> {
  let flags;
  try {
    flags = parseFlags(argv);
  } catch (e) {
    if (e instanceof UsageError) return err(e.message);
    throw e;
  }
  if (flags === null) return ok(null);
  const space = parseSearchSpace(flags.space);
  if (!space.ok) return err(issuesText(space.error));
  const options = parseSearchOptions(flags.options, space.value);
  if (!options.ok) return err(issuesText(options.error));
  return ok({ space: space.value, options: options.value, writeDir: flags.writeDir });
}
