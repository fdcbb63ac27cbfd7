// The CLI as scripts use it: real process, real files, JSON Lines on stdout, exit status.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;

async function simulateCli(...files: string[]) {
  try {
    const { stdout } = await run('npx', ['tsx', 'src/cli/simulate.ts', ...files], { cwd: ROOT });
    return {
      code: 0,
      lines: stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    };
  } catch (e) {
    const { code, stdout } = e as { code: number; stdout: string };
    return {
      code,
      lines: stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    };
  }
}

describe('npm run simulate', () => {
  it('prints one contract-shaped JSON line per file, in order', async () => {
    const { code, lines } = await simulateCli(
      'scenarios/raid-stripe.json',
      'scenarios/page-aligned.json',
    );
    expect(code).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([
      'scenarios/raid-stripe.json',
      'scenarios/page-aligned.json',
    ]);
    const raid = lines[0];
    expect(raid.error).toBeNull();
    const req = raid.requests[1];
    expect(req).toMatchObject({ op: 1, kind: 'read', sector: 8, grants: [0, 1, 2] });
    expect(req.segments[1]).toMatchObject({ page: 2, offset: 1024, length: 1024, bvecs: [1] });
    expect(req.versions['0a8704a51'].copies[1]).toEqual({
      grant: 0,
      srcOffset: 1024,
      page: 2,
      dstOffset: 1024,
      length: 1024,
    });
    expect(req.versions.b7649158.copies[1]).toEqual({
      grant: 1,
      srcOffset: 1024,
      page: 2,
      dstOffset: 1024,
      length: 1024,
    });
    expect(req.versions.d62f69185).toMatchObject({
      wrongBvecs: [1, 2],
      misdirectedBytes: 3072,
      bug: null,
    });
    expect(Object.keys(raid.totals)).toEqual(['0a8704a51', 'd62f69185', 'b7649158']);
    expect(raid.totals.b7649158).toMatchObject({
      wrongBvecs: 0,
      misdirectedBytes: 0,
      corruptBytes: 0,
      bugs: 0,
    });
  });

  it('prints large reports whole through a pipe (256 segments)', async () => {
    const { code, lines } = await simulateCli('scenarios/indirect-256.json');
    expect(code).toBe(0);
    expect(lines[0].requests[0].segments).toHaveLength(256);
    expect(lines[0].totals['0a8704a51'].wrongBvecs).toBe(255);
  });

  it('reports an invalid file by field, keeps going, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sgx-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        version: 1,
        disk: { sectors: 64, content: 'zero' },
        ops: [{ op: 'read', sector: 0, bvecs: [{ page: 1, offset: 0, length: 1000 }] }],
      }),
    );
    const { code, lines } = await simulateCli(
      bad,
      'scenarios/page-aligned.json',
      join(dir, 'missing.json'),
    );
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      file: bad,
      error: 'ops[0].bvecs[0].length: must be a multiple of 512 (blkif addresses 512-byte sectors)',
    });
    expect(lines[1].error).toBeNull();
    expect(lines[2].error).toMatch(/cannot read file/);
  });
});
