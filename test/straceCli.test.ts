// `npm run strace`: golden text per preset and version, and the command line's behaviour.
//
// The golden files (test/golden/strace/<preset>.<version>.txt) are the output of
// `npm run --silent strace -- scenarios/<preset>.json --version <version> -s <N>` with N below.
// They are never written by this test: after an intended change, regenerate them with that
// command and review the diff. Reviewed (against kernel-notes.md's worked cases and the disk
// generators), the key lines are right because:
// - parted-gpt (-s 1032, to reach buffer offset 1024): the three reads are LBA 0 (the protective
//   MBR, whose 440-byte boot code is zeros), LBA 1 ("EFI PART", revision \0\0\1\0, header size
//   92 = '\\', CRC, zero reserved word, my-LBA \1) and 16 KiB at byte 1024. Under 0a8704a51 the
//   16 KiB buffer shows 1024 NULs and then "EFI PART": buffer offset 1024 = disk offset 2048,
//   and bio_vec 1 (buffer 1024..5119) was copied from grant 0's head, which still held LBA 1 from
//   the previous read. Under d62f69185 and b7649158 the same 1032 bytes are all NUL, as on disk.
// - d62-commit-example (-s 528): a 1 KiB read of sectors 16-17 at page offset 3584. Byte 512 is
//   "LBA 0000017" under d62f69185 and b7649158, but "UNINIT g000 c000" under 0a8704a51: its
//   bio_vec 1 was copied from grant 0 offset 0, which no backend transfer filled (fresh page).
// - raid-stripe (-s 32): the bios are a stacked driver's, printed as comments. In the second bio,
//   bio_vec 1 (stripe bytes 1024..2047 = sectors 10-11) shows "LBA 0000010" under b7649158 but
//   "LBA 0000002" under 0a8704a51 and d62f69185 (grant 0 offset 1024 still holds sector 2 of the
//   first stripe read); bio_vec 2 likewise shows sector 4 instead of 12.
// - defeats-d62 (-s 32): bio_vec 1 (P1,512,512) of the bio at sector 200 shows sector 101 (left
//   at grant 0 offset 512 by the full-page read of sectors 100-107) under 0a8704a51 and
//   d62f69185, and sector 201 under b7649158.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/model/presets';
import { parseScenario } from '../src/model/scenario/validate';
import { simulate } from '../src/model/simulate';
import { straceText } from '../src/model/symptoms';
import { VERSION_IDS } from '../src/model/versions';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GOLDEN_LIMITS: Readonly<Record<string, number>> = {
  'parted-gpt': 1032,
  'd62-commit-example': 528,
  'raid-stripe': 32,
  'defeats-d62': 32,
};
const golden = (preset: string, version: string) =>
  readFileSync(new URL(`./golden/strace/${preset}.${version}.txt`, import.meta.url), 'utf8');

async function straceCli(...args: string[]) {
  try {
    // node --import tsx: what `npm run strace` runs, without npx's start-up cost.
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/strace.ts', ...args],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('strace golden text', () => {
  for (const [preset, limit] of Object.entries(GOLDEN_LIMITS)) {
    const parsed = parseScenario(PRESETS.find((p) => p.id === preset)!.json);
    if (!parsed.ok) throw new Error(`${preset} is invalid`);
    const sim = simulate(parsed.value, { trace: true });
    for (const version of VERSION_IDS) {
      it(`${preset} under ${version}`, () => {
        expect(straceText(sim, version, { stringLimit: limit })).toBe(golden(preset, version));
      });
    }
  }

  it('keeps the key lines argued above', () => {
    const last = (text: string) => text.trimEnd().split('\n').at(-1)!;
    expect(last(golden('parted-gpt', '0a8704a51'))).toBe(
      `read(3, "${'\\0'.repeat(1024)}EFI PART"..., 16384) = 16384`,
    );
    expect(last(golden('parted-gpt', 'b7649158'))).toBe(
      `read(3, "${'\\0'.repeat(1032)}"..., 16384) = 16384`,
    );
    expect(golden('d62-commit-example', '0a8704a51')).toContain('UNINIT g000 c000"..., 1024)');
    expect(golden('d62-commit-example', 'd62f69185')).toContain('LBA 0000017 +000"..., 1024)');
    expect(golden('raid-stripe', 'd62f69185')).toContain(
      '/*   bio_vec 1 (page 2 @ 1024, 1024 bytes) = "LBA 0000002 +000',
    );
    expect(golden('raid-stripe', 'b7649158')).toContain(
      '/*   bio_vec 1 (page 2 @ 1024, 1024 bytes) = "LBA 0000010 +000',
    );
  });
});

// Each case starts Node processes: allow for a busy two-core machine.
describe('npm run strace', { timeout: 60_000 }, () => {
  it('prints one version, the same text as its golden file', async () => {
    const r = await straceCli('scenarios/parted-gpt.json', '--version', 'd62f69185', '-s1032');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('parted-gpt', 'd62f69185'));
  });

  it('prints every version and the oracle under headers by default', async () => {
    const r = await straceCli('scenarios/raid-stripe.json');
    expect(r.code).toBe(0);
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('# '));
    expect(headers).toEqual(['# 0a8704a51', '# d62f69185', '# b7649158', '# oracle']);
    expect(r.stdout).toContain(`# b7649158\n${golden('raid-stripe', 'b7649158')}`);
  });

  it('prints what parted concludes with --parted', async () => {
    const r = await straceCli('scenarios/parted-gpt.json', '--parted', '--version', '0a8704a51');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe("Error: Can't have the end before the start!");
    expect(lines[1]).toMatch(/^# Entry 8 \(partition 9, disk offset 2048/);
  });

  it('rejects unknown flags and bad values with exit 2 and a message naming the flag', async () => {
    const [unknown, badLimit, badVersion] = await Promise.all([
      straceCli('scenarios/parted-gpt.json', '--bogus'),
      straceCli('scenarios/parted-gpt.json', '-s', '-3'),
      straceCli('scenarios/parted-gpt.json', '--version=v3.8'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^--bogus: unknown option/);
    expect(unknown.stderr).toMatch(/usage: npm run --silent strace/);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toMatch(/^-s: must be a whole number >= 0/);
    expect(badVersion.code).toBe(2);
    expect(badVersion.stderr).toMatch(/^--version: must be one of 0a8704a51, .*oracle/);
    expect(badVersion.stdout).toBe('');
  });

  it('names the invalid field of a bad scenario and exits 1', async () => {
    const [r, invalid] = await Promise.all([
      straceCli('scenarios/does-not-exist.json'),
      straceCli('package.json'),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read file/);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^package\.json: .*version/);
  });
});
