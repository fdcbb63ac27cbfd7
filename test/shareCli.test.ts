// `npm run --silent share -- FILE` as scripts use it: a real process, real files, the share path
// on stdout, field-level messages on stderr, and the exit status.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/model';
import { decodeLink } from '../src/state/url';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
// tsx itself, not npx: npx may print its own warnings on stderr, which this test reads.
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function shareCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/share.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const tempFile = (name: string, content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'sgx-share-')), name);
  writeFileSync(file, content);
  return file;
};

describe('npm run share', () => {
  it('names a preset file by its id, even when reformatted', async () => {
    expect(await shareCli('scenarios/raid-stripe.json')).toEqual({
      code: 0,
      stdout: '/#v=1&p=raid-stripe\n',
      stderr: '',
    });
    const indirect = PRESETS.find((p) => p.id === 'indirect-256')!;
    const compact = tempFile('indirect.json', JSON.stringify(indirect.json));
    expect((await shareCli(compact)).stdout).toBe('/#v=1&p=indirect-256\n');
  });

  it('compresses any other scenario into a path the app decodes back', async () => {
    const scenario = {
      version: 1,
      title: 'From the command line',
      disk: { sectors: 2048, content: 'pattern' },
      ops: [{ op: 'read', sector: 2, buffer: { address: 3072, length: 16384 } }],
    };
    const { code, stdout, stderr } = await shareCli(
      tempFile('mine.json', JSON.stringify(scenario)),
    );
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^\/#v=1&s=[A-Za-z0-9_-]+\n$/);
    expect(decodeLink(stdout.trim().slice(1))).toEqual({
      ok: true,
      value: { scenarioJson: scenario },
    });
  });

  it('reports an invalid file by field on stderr and exits 1', async () => {
    const bad = tempFile(
      'bad.json',
      JSON.stringify({
        version: 1,
        disk: { sectors: 64, content: 'zero' },
        ops: [{ op: 'read', sector: 0, bvecs: [{ page: 1, offset: 0, length: 1000 }] }],
      }),
    );
    expect(await shareCli(bad)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${bad}: ops[0].bvecs[0].length: must be a multiple of 512 (blkif addresses 512-byte sectors)\n`,
    });
    const missing = await shareCli(join(tmpdir(), 'no-such-scenario.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read file/);
    expect((await shareCli()).code).toBe(2);
  });
});
