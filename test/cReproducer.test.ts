// Every preset's C reproducer compiles warning-free as C11, and the programs really work: run on a
// regular file sized here, --prepare then replay reports no mismatch (exit 0); a byte patched
// between runs is reported with its range (exit 1). The host kernel is not 3.8's blkfront, so
// every read here is right: the bug itself needs a Xen guest.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCProgram } from '../src/model/export/cReproducer';
import { PRESETS } from '../src/model/presets';
import { scenario } from './support/scenarios';

const dir = mkdtempSync(join(tmpdir(), 'scatterlist-repro-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Compiles `source` as the task requires; throws with the compiler's messages on failure. */
function compile(name: string, source: string): string {
  const file = join(dir, `${name}.c`);
  const binary = join(dir, name);
  writeFileSync(file, source);
  const cc = spawnSync(
    'cc',
    ['-std=c11', '-Wall', '-Wextra', '-Werror', '-O2', '-o', binary, file],
    {
      encoding: 'utf8',
    },
  );
  if (cc.error) throw new Error(`cannot run cc (gcc is needed for this test): ${cc.error.message}`);
  if (cc.status !== 0) throw new Error(`cc failed for ${name}:\n${cc.stderr}`);
  return binary;
}

/** A zero-filled "device" file of `sectors` sectors. */
function device(name: string, sectors: number): string {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(sectors * 512));
  return path;
}

/** [] if the temp file system takes O_DIRECT, else ['--no-direct'] (tmpfs on older kernels). */
function directFlags(path: string): string[] {
  try {
    closeSync(openSync(path, constants.O_RDWR | constants.O_DIRECT));
    return [];
  } catch {
    return ['--no-direct'];
  }
}

function run(binary: string, args: string[]) {
  const r = spawnSync(binary, args, { encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** Overwrites one byte of a file. */
function patchByte(path: string, at: number, char: string): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, char, at, 'latin1');
  closeSync(fd);
}

/** A pattern sector, written independently of the C and TS generators: `LBA 0000017 +020`. */
function patternText(sector: number): string {
  let text = '';
  for (let off = 0; off < 512; off += 16) {
    text += `LBA ${String(sector).padStart(7, '0')} +${off.toString(16).padStart(3, '0')}`;
  }
  return text;
}

const presetScenario = (id: string) => scenario(PRESETS.find((p) => p.id === id)?.json);

describe('C reproducer: every preset compiles with -std=c11 -Wall -Wextra -Werror', () => {
  for (const preset of PRESETS) {
    it(preset.id, () => {
      compile(preset.id, toCProgram(presetScenario(preset.id)));
    });
  }
});

describe('C reproducer: runs on a regular file', () => {
  it("d62f69185's example: no mismatch after --prepare, then reports a patched byte", () => {
    const binary = compile('d62-run', toCProgram(presetScenario('d62-commit-example')));
    const disk = device('d62.img', 64);
    const flags = directFlags(disk);
    const first = run(binary, [...flags, '--prepare', disk]);
    expect(first.out).toContain('result: no mismatch');
    expect(first.status).toBe(0);
    // --prepare wrote the pattern over sectors 16..17 (the scenario reads 1 KiB at sector 16).
    const bytes = readFileSync(disk, 'latin1');
    expect(bytes.slice(16 * 512, 18 * 512)).toBe(patternText(16) + patternText(17));
    // Sector 17 is the second 512 bytes of the read; byte 37 of it sits in the record at 32.
    patchByte(disk, 17 * 512 + 37, 'X');
    const second = run(binary, [...flags, disk]);
    expect(second.status).toBe(1);
    expect(second.out).toContain(
      'MISMATCH op 0 (read sector 16): buffer bytes 512..1023, disk sectors 17..17',
    );
    expect(second.out).toContain('first difference at buffer byte 544');
    expect(second.out).toMatch(/expected LBA 0000017 \+020 /);
    expect(second.out).toMatch(/got {6}LBA 0X00017 \+020 /);
    expect(second.out).toContain('result: 1 mismatch');
  });

  it('raid-rmw: readv/writev replay writes the user data and leaves the rest of the stripe', () => {
    const binary = compile('rmw-run', toCProgram(presetScenario('raid-rmw')));
    const disk = device('rmw.img', 64);
    const flags = directFlags(disk);
    const r = run(binary, [...flags, '--prepare', disk]);
    expect(r.out).toContain('op 1: read 4096 bytes at sector 8 in 3 buffer pieces');
    expect(r.out).toContain('result: no mismatch');
    expect(r.status).toBe(0);
    const bytes = readFileSync(disk, 'latin1');
    const user = 'USER DATA 1 KiB '.repeat(64);
    // Stripe unit 1 = sectors 8..15: the user's 1 KiB at stripe offset 1024, the rest unchanged.
    expect(bytes.slice(8 * 512, 16 * 512)).toBe(
      patternText(8) +
        patternText(9) +
        user +
        patternText(12) +
        patternText(13) +
        patternText(14) +
        patternText(15),
    );
    // A second run without --prepare reads the user's data where the pattern was expected.
    const again = run(binary, [...flags, disk]);
    expect(again.status).toBe(1);
    expect(again.out).toContain(
      'MISMATCH op 1 (read sector 8): buffer bytes 1024..2047, disk sectors 10..11',
    );
  });

  it('refuses a device smaller than the scenario, and runs with no device only to print usage', () => {
    const binary = compile('small-run', toCProgram(presetScenario('raid-rmw')));
    const small = run(binary, [device('small.img', 8)]);
    expect(small.status).toBe(2);
    expect(small.err).toContain('too small: the scenario needs 8192 bytes');
    const usage = run(binary, []);
    expect(usage.status).toBe(2);
    expect(usage.err).toContain('usage:');
    expect(usage.err).toContain('--prepare');
  });

  it('keeps hostile text intact: the label prints back byte for byte', () => {
    const label = 'naïve */ "quoted" \\ ??/ %s %n /* end';
    const text = toCProgram(
      scenario({
        version: 1,
        title: '*/ #error broken /* ??/',
        description: 'multi\nline */ "desc" €',
        disk: { sectors: 64, content: 'zero' },
        ops: [
          {
            op: 'write',
            sector: 2,
            buffer: { address: 512, length: 1024 },
            fill: { text: 'a"b\\c??/d', offset: 512 },
            label,
          },
          { op: 'read', sector: 2, buffer: { address: 8192, length: 1024 }, label },
        ],
      }),
    );
    const binary = compile('hostile', text);
    const disk = device('hostile.img', 64);
    const r = run(binary, [...directFlags(disk), '--prepare', disk]);
    expect(r.out).toContain(`(${label})`);
    expect(r.status).toBe(0);
    // The write's first sector is the buffer as it was (fresh memory: zeros; the fill starts at
    // byte 512), its second the fill text.
    const bytes = readFileSync(disk, 'latin1');
    expect(bytes.slice(2 * 512, 3 * 512)).toBe('\0'.repeat(512));
    // Fill text repeats by position in the op's data: byte 512 is 'a"b\\c??/d'[512 % 9].
    const fill = 'a"b\\c??/d';
    const want = Array.from({ length: 512 }, (_, i) => fill[(512 + i) % fill.length]).join('');
    expect(bytes.slice(3 * 512, 4 * 512)).toBe(want);
  });

  it('skips an op only a stacked driver can build, and says why', () => {
    const binary = compile(
      'stacked',
      toCProgram(
        scenario({
          version: 1,
          disk: { sectors: 64, content: 'pattern' },
          ops: [
            {
              op: 'read',
              sector: 4,
              bvecs: [
                { page: 3, offset: 0, length: 512 },
                { page: 3, offset: 512, length: 512 },
              ],
            },
          ],
        }),
      ),
    );
    const disk = device('stacked.img', 64);
    const r = run(binary, [...directFlags(disk), '--prepare', disk]);
    expect(r.out).toContain('skipped: needs a stacked driver');
    expect(r.status).toBe(0);
  });
});
