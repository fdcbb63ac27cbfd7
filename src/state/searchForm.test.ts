import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM, fieldOfPath, formToSearch, issueText } from './searchForm';

describe('formToSearch', () => {
  it('turns the default form into the engine’s space and exhaustive options', () => {
    const r = formToSearch(DEFAULT_FORM);
    if (!r.ok) return expect.fail(JSON.stringify(r.error));
    expect(r.value.space).toMatchObject({ pages: 3, maxBvecs: 3, granularity: 512 });
    expect(r.value.space.kernel.maxSegments).toBe(11);
    expect(r.value.options).toEqual({ mode: 'exhaustive', seed: 1, samples: 1_000_000 });
  });

  it('reports every malformed number at once, naming the field', () => {
    const r = formToSearch({ ...DEFAULT_FORM, pages: '4x', seed: '', maxSegments: '1.5' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map(issueText)).toEqual([
      'Max segments: must be a whole number (got "1.5")',
      'Pages: must be a whole number (got "4x")',
      'Seed: enter a whole number',
    ]);
  });

  it('samples a space too large to exhaust, and refuses to exhaust it when asked', () => {
    const big = { ...DEFAULT_FORM, pages: '8', maxBvecs: '6' };
    const auto = formToSearch(big);
    expect(auto.ok && auto.value.options.mode).toBe('sample');
    const forced = formToSearch({ ...big, mode: 'exhaustive' });
    expect(forced.ok).toBe(false);
    if (!forced.ok) expect(forced.error[0]?.field).toBe('mode');
  });

  it('leaves empty what-ifs at the 3.8 defaults and applies the others', () => {
    const r = formToSearch({ ...DEFAULT_FORM, clustering: 'off', maxSegments: '4' });
    if (!r.ok) return expect.fail(JSON.stringify(r.error));
    expect(r.value.space.kernel).toMatchObject({ clustering: false, maxSegments: 4 });
    expect(r.value.space.kernel.maxSegmentSize).toBe(4096);
  });
});

describe('fieldOfPath', () => {
  it('maps engine paths to form fields', () => {
    expect(fieldOfPath('pages')).toBe('pages');
    expect(fieldOfPath('kernel.segmentBoundaryMask')).toBe('segmentBoundaryMask');
    expect(fieldOfPath('(search space)')).toBeNull();
  });
});
