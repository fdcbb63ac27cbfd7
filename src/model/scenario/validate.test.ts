import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets';
import { MAX_OPS } from './limits';
import { parseScenario, type ScenarioIssue } from './validate';

const base = {
  version: 1,
  disk: { sectors: 2048, content: 'pattern' },
  ops: [{ op: 'read', sector: 0, buffer: { address: 0, length: 512 } }],
};
/** The issues as the CLI prints them (path and English message; rules.test.ts checks the rule). */
function issues(input: unknown): Pick<ScenarioIssue, 'path' | 'message'>[] {
  const r = parseScenario(input);
  if (r.ok) throw new Error('expected the scenario to be invalid');
  return r.error.map(({ path, message }) => ({ path, message }));
}
const withOp = (op: Record<string, unknown>) => ({ ...base, ops: [op] });

describe('parseScenario', () => {
  it('accepts every preset', () => {
    for (const p of PRESETS) expect(parseScenario(p.json).ok, p.id).toBe(true);
  });

  it('applies kernel defaults (3.8 blkfront) and page frames', () => {
    const r = parseScenario({
      ...base,
      kernel: { pageSize: 8192 },
      memory: { pages: { '3': { pfn: 103 } } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.kernel).toEqual({
      pageSize: 8192,
      sectorSize: 512,
      maxSegments: 11,
      maxSegmentSize: 8192,
      segmentBoundaryMask: 8191,
      clustering: true,
      maxHwSectors: 512,
    });
    expect(r.value.framesOf(3 as never)).toEqual({ pfn: 103, mfn: 103 });
    expect(r.value.framesOf(4 as never)).toEqual({ pfn: 4, mfn: 4 });
  });

  it('names the field path and the rule', () => {
    expect(
      issues(withOp({ op: 'read', sector: 0, bvecs: [{ page: 1, offset: 0, length: 1000 }] })),
    ).toEqual([
      {
        path: 'ops[0].bvecs[0].length',
        message: 'must be a multiple of 512 (blkif addresses 512-byte sectors)',
      },
    ]);
    expect(issues({ ...base, kernel: { maxSegments: 300 } })).toEqual([
      { path: 'kernel.maxSegments', message: 'must be at most 256' },
    ]);
  });

  it('reports unknown keys instead of ignoring them', () => {
    expect(issues({ ...base, colour: 'red' })).toEqual([
      { path: 'colour', message: 'unknown key' },
    ]);
    expect(
      issues(withOp({ op: 'read', sector: 0, buffer: { address: 0, length: 512, align: 4096 } })),
    ).toEqual([{ path: 'ops[0].buffer.align', message: 'unknown key' }]);
  });

  it('reports missing required fields', () => {
    expect(issues({ version: 1, ops: base.ops })).toEqual([
      { path: 'disk', message: 'is required' },
    ]);
  });

  it('requires exactly one of buffer or bvecs', () => {
    expect(issues(withOp({ op: 'read', sector: 0 }))[0]?.path).toBe('ops[0]');
  });

  it('keeps a bio_vec inside its page', () => {
    expect(
      issues(
        withOp({ op: 'read', sector: 0, bvecs: [{ page: 1, offset: 3584, length: 1024 }] }),
      )[0],
    ).toMatchObject({ path: 'ops[0].bvecs[0]' });
  });

  it('rejects bio_vecs that overlap in memory', () => {
    const op = {
      op: 'read',
      sector: 0,
      bvecs: [
        { page: 0, offset: 0, length: 1024 },
        { page: 1, offset: 0, length: 512 },
        { page: 0, offset: 512, length: 512 },
      ],
    };
    expect(issues(withOp(op))).toEqual([
      {
        path: 'ops[0].bvecs[2]',
        message:
          'overlaps bvecs[0] on page 0: one bio never moves two sectors through the same bytes',
      },
    ]);
  });

  it('enforces limits that keep hostile files cheap', () => {
    const many = { ...base, ops: Array.from({ length: MAX_OPS + 1 }, () => base.ops[0]) };
    expect(issues(many)).toEqual([{ path: 'ops', message: `must have at most ${MAX_OPS} ops` }]);
    expect(
      issues(withOp({ op: 'read', sector: 0, buffer: { address: 0, length: (1 << 20) + 512 } }))[0]
        ?.path,
    ).toBe('ops[0].buffer.length');
    expect(issues({ ...base, disk: { sectors: 1e9, content: 'zero' } })[0]?.path).toBe(
      'disk.sectors',
    );
  });

  it('checks the kernel what-ifs against each other', () => {
    expect(issues({ ...base, kernel: { maxSegmentSize: 2048 } })[0]?.path).toBe(
      'kernel.maxSegmentSize',
    );
    expect(issues({ ...base, kernel: { segmentBoundaryMask: 1000 } })[0]?.message).toMatch(
      /one less than a power of two/,
    );
    expect(issues({ ...base, disk: { sectors: 40, content: 'gpt' } })[0]?.path).toBe(
      'disk.sectors',
    );
  });

  it('rejects wrong types and versions with a clear message', () => {
    expect(issues({ ...base, version: 2 })).toEqual([
      { path: 'version', message: 'must be 1 (the only scenario format so far)' },
    ]);
    expect(issues(withOp({ op: 'trim', sector: 0, buffer: { address: 0, length: 512 } }))).toEqual([
      { path: 'ops[0].op', message: 'must be "read" or "write"' },
    ]);
    expect(issues(null)[0]?.path).toBe('(scenario)');
  });

  it('reports bad JSON text instead of throwing', () => {
    expect(issues('{"version": 1,')[0]?.path).toBe('(json)');
  });
});

describe('tour notes', () => {
  it('accepts step-anchored notes and sorts them by step', () => {
    const r = parseScenario({
      ...base,
      notes: [
        { step: 9, text: 'later' },
        { step: 2, text: 'first' },
      ],
    });
    expect(r.ok && r.value.notes).toEqual([
      { step: 2, text: 'first' },
      { step: 9, text: 'later' },
    ]);
  });

  it('names a bad note by its path', () => {
    expect(issues({ ...base, notes: [{ step: -1, text: '' }] })).toEqual([
      { path: 'notes[0].step', message: 'must be at least 0' },
      { path: 'notes[0].text', message: 'must not be empty' },
    ]);
  });
});
