// Validation of fill.offset / fill.length: sector multiples inside the op's data, field-named.
import { describe, expect, it } from 'vitest';
import { parseScenario } from './validate';

const withFill = (fill: unknown, source: Record<string, unknown>) => ({
  version: 1,
  disk: { sectors: 64, content: 'zero' },
  ops: [{ op: 'write', sector: 0, ...source, fill }],
});
const BVECS = {
  bvecs: [
    { page: 1, offset: 0, length: 1024 },
    { page: 2, offset: 1024, length: 1024 },
  ],
};
const BUFFER = { buffer: { address: 0, length: 4096 } };
const issues = (json: unknown) => {
  const r = parseScenario(json);
  return r.ok ? [] : r.error.map((i) => `${i.path}: ${i.message}`);
};

describe('fill range', () => {
  it('accepts a range inside the op data, and fills without a range as before', () => {
    expect(issues(withFill({ text: 'x', offset: 1024, length: 1024 }, BVECS))).toEqual([]);
    expect(issues(withFill({ byte: 7, offset: 512 }, BUFFER))).toEqual([]);
    expect(issues(withFill({ byte: 7 }, BUFFER))).toEqual([]);
  });

  it('names the field when offset or length is not a multiple of 512', () => {
    expect(issues(withFill({ byte: 1, offset: 100 }, BUFFER))).toEqual([
      'ops[0].fill.offset: must be a multiple of 512 (the model fills whole sectors)',
    ]);
    expect(issues(withFill({ text: 'a', length: 700 }, BUFFER))).toEqual([
      'ops[0].fill.length: must be a multiple of 512 (the model fills whole sectors)',
    ]);
  });

  it('rejects a range past the end of the op data, with the data length', () => {
    expect(issues(withFill({ byte: 1, offset: 2048 }, BVECS))).toEqual([
      "ops[0].fill.offset: must be below the op's data length (2048 bytes)",
    ]);
    expect(issues(withFill({ byte: 1, offset: 1024, length: 2048 }, BVECS))).toEqual([
      "ops[0].fill.length: offset + length must not exceed the op's data length (2048 bytes)",
    ]);
    expect(issues(withFill({ byte: 1, length: 8192 }, BUFFER))).toEqual([
      "ops[0].fill.length: offset + length must not exceed the op's data length (4096 bytes)",
    ]);
  });

  it('keeps rejecting unknown keys and a fill that is neither byte nor text', () => {
    expect(issues(withFill({ byte: 1, size: 512 }, BUFFER))).toEqual([
      'ops[0].fill.size: unknown key',
    ]);
    expect(issues(withFill({ offset: 512 }, BUFFER))).toHaveLength(1);
  });
});
