// `npm run search` as scripts use it: a real process, JSON on stdout, scenario files that
// `npm run simulate` accepts, and exit status 2 with the flag named for bad flags.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSearchArgs } from '../src/cli/searchArgs';
import { VERSION_IDS } from '../src/model';
import { parseSearchSpace, SearchRun } from '../src/model/search';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;

async function cli(script: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', script, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}
const search = (...args: string[]) => cli('src/cli/search.ts', ...args);

describe('npm run search', () => {
  it('prints per-version counts and loadable minimal counterexamples', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-'));
    const { code, stdout } = await search(
      '--pages',
      '2',
      '--max-bvecs',
      '3',
      '--granularity',
      '1024',
      '--write-scenarios',
      dir,
    );
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const space = parseSearchSpace({ pages: 2, maxBvecs: 3, granularity: 1024 });
    if (!space.ok) throw new Error('space');
    const expected = new SearchRun(space.value, {
      mode: 'exhaustive',
      seed: 1,
      samples: 1,
    }).runToEnd();
    expect(out.options.mode).toBe('exhaustive');
    expect(out.countUnit).toBe('labelled');
    for (const v of VERSION_IDS) {
      expect(out.versions[v].checked).toBe(expected.versions[v].checked);
      expect(out.versions[v].failed).toBe(expected.versions[v].failed);
    }
    expect(out.versions.b7649158.minimal).toBeNull();
    const minimal = out.versions.d62f69185.minimal;
    expect(minimal.bvecs).toEqual(expected.versions.d62f69185.minimal!.bvecs);
    expect(minimal.firstWrongCopyStep).toBeGreaterThan(0);
    expect(out.patterns.map((p: { id: string }) => p.id)).toContain('offset-forward-across-pages');

    const files = readdirSync(dir).sort();
    expect(files).toContain('minimal-d62f69185.json');
    const sim = await cli('src/cli/simulate.ts', ...files.map((f) => join(dir, f)));
    expect(sim.code).toBe(0);
    const lines = sim.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.every((l) => l.error === null)).toBe(true);
    const d62 = lines.find((l) => l.file.endsWith('minimal-d62f69185.json'));
    const target = d62.requests.find((r: { op: number }) => r.op === 1);
    expect(target.versions.d62f69185.misdirectedBytes).toBe(minimal.misdirectedBytes);
    expect(target.versions.d62f69185.corruptBytes).toBeGreaterThan(0);
  }, 60_000);

  it('samples when given --samples, reproducibly from --seed', async () => {
    const args = ['--pages', '5', '--max-bvecs', '5', '--samples', '2000', '--seed', '7'];
    const [a, b] = await Promise.all([search(...args), search(...args)]);
    expect(a.code).toBe(0);
    const out = JSON.parse(a.stdout);
    expect(out.options).toEqual({ mode: 'sample', seed: 7, samples: 2000 });
    expect(out.countUnit).toBe('samples');
    expect(out.versions['0a8704a51'].checked).toBe(2000);
    expect(a.stdout).toBe(b.stdout);
  }, 60_000);

  it('rejects bad flags with the flag and the rule, exit 2 (process level)', async () => {
    const [bad, unknown] = await Promise.all([
      search('--pages', '0', '--max-bvecs', '2'),
      search('--pages', '2', '--max-bvecs', '2', '--bogus'),
    ]);
    for (const r of [bad, unknown]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('usage: npm run --silent search');
    }
    expect(bad.stderr).toMatch(/^--pages: must be at least 1$/m);
    expect(unknown.stderr).toMatch(/^--bogus: unknown flag$/m);
  }, 60_000);
});

describe('search flags', () => {
  const cases: [string[], RegExp][] = [
    [['--pages', '0', '--max-bvecs', '2'], /^--pages: must be at least 1$/m],
    [['--pages', '2', '--max-bvecs', '7'], /^--max-bvecs: must be at most 6$/m],
    [['--pages', '2'], /^--max-bvecs: is required$/m],
    [['--pages', 'two', '--max-bvecs', '2'], /^--pages: must be a whole number/m],
    [['--pages', '2', '--max-bvecs', '2', '--bogus'], /^--bogus: unknown flag$/m],
    [
      ['--pages', '2', '--max-bvecs', '2', '--max-segments', '0'],
      /^--max-segments: must be at least 1$/m,
    ],
    [
      ['--pages', '2', '--max-bvecs', '2', '--page-size', '1000'],
      /^--page-size: must be at least 4096$/m,
    ],
    [
      ['--pages', '2', '--max-bvecs', '2', '--clustering', 'yes'],
      /^--clustering: must be "true" or "false"/m,
    ],
    [['--pages', '2', '--max-bvecs', '2', '--contiguity', 'some'], /^--contiguity: must be/m],
    [
      ['--pages', '6', '--max-bvecs', '6', '--mode', 'exhaustive'],
      /^--mode: "exhaustive" allows at most/m,
    ],
    [['--pages', '2', '--max-bvecs', '2', '--granularity', '3072'], /^--granularity: must divide/m],
    [
      ['--pages', '2', '--max-bvecs', '2', '--samples', '0'],
      /^--samples: must be a whole number from 1/m,
    ],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const parsed = parseSearchArgs(args);
      expect(parsed.ok ? '(accepted)' : parsed.error).toMatch(message);
    });
  }

  it('takes the what-ifs and modes', () => {
    const parsed = parseSearchArgs([
      ...['--pages', '3', '--max-bvecs', '4', '--contiguity', 'machine', '--clustering', 'false'],
      ...['--segment-boundary-mask', '0x1fff', '--max-segment-size', '8192', '--samples', '10'],
    ]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.value === null) return;
    expect(parsed.value.space.kernel).toMatchObject({
      clustering: false,
      segmentBoundaryMask: 8191,
      maxSegmentSize: 8192,
    });
    expect(parsed.value.options).toEqual({ mode: 'sample', seed: 1, samples: 10 });
    expect(parseSearchArgs(['--help'])).toEqual({ ok: true, value: null });
  });
});
