import { describe, expect, it } from 'vitest';
import { parseSearchSpace, phaseMapRaid, SearchRun } from '../../model/search';
import { isSearchReply, isSearchRequest } from './workerProtocol';

const space = parseSearchSpace({ pages: 1, maxBvecs: 2, granularity: 2048 });
if (!space.ok) throw new Error('test space is invalid');
const result = new SearchRun(space.value, { mode: 'exhaustive', seed: 1, samples: 1 }).runToEnd();

describe('isSearchReply', () => {
  it('accepts what the worker posts, after a structured clone', () => {
    const raid = phaseMapRaid();
    for (const reply of [
      { type: 'snapshot', runId: 1, result },
      { type: 'phase-maps', runId: 2, maps: { directIo: raid, raid } },
      { type: 'failed', runId: 3, message: 'pages: must be at most 16' },
    ])
      expect(isSearchReply(structuredClone(reply))).toBe(true);
  });

  it('rejects foreign or truncated messages', () => {
    for (const data of [
      null,
      'snapshot',
      [],
      { type: 'snapshot', result },
      { type: 'snapshot', runId: '1', result },
      { type: 'snapshot', runId: 1, result: { ...result, patterns: undefined } },
      { type: 'snapshot', runId: 1, result: { ...result, done: 'yes' } },
      { type: 'phase-maps', runId: 1, maps: { directIo: {} } },
      { type: 'failed', runId: 1 },
      { type: 'progress', runId: 1 },
    ])
      expect(isSearchReply(data)).toBe(false);
  });
});

describe('isSearchRequest', () => {
  it('accepts start and phase-maps requests, nothing else', () => {
    expect(
      isSearchRequest({ type: 'start', runId: 1, space: {}, options: { mode: 'sample' } }),
    ).toBe(true);
    expect(isSearchRequest({ type: 'phase-maps', runId: 1, kernel: {} })).toBe(true);
    expect(isSearchRequest({ type: 'start', runId: 1, options: {} })).toBe(false);
    expect(isSearchRequest({ type: 'phase-maps', runId: 1 })).toBe(false);
    expect(isSearchRequest({ type: 'cancel', runId: 1 })).toBe(false);
  });
});
