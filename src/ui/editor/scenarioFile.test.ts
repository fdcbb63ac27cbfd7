import { describe, expect, it } from 'vitest';
import { fileNameFor, parseImportText, scenarioFileText } from './scenarioFile';

describe('scenario files', () => {
  it('names a download after the title', () => {
    expect(fileNameFor('RAID layer reads a 4 KiB stripe')).toBe(
      'raid-layer-reads-a-4-kib-stripe.json',
    );
    expect(fileNameFor('  ')).toBe('scenario.json');
    expect(fileNameFor(undefined)).toBe('scenario.json');
    expect(fileNameFor('x'.repeat(100))).toBe(`${'x'.repeat(60)}.json`);
  });

  it('writes JSON that reads back the same', () => {
    const json = { version: 1, ops: [{ op: 'read' }] };
    const text = scenarioFileText(json);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseImportText(text)).toEqual({ ok: true, value: json });
  });

  it('refuses text that is not a JSON object', () => {
    expect(parseImportText('')).toEqual({ ok: false, error: { key: 'io.empty' } });
    expect(parseImportText('{ "version": 1,')).toMatchObject({
      ok: false,
      error: { key: 'io.notJson', params: { detail: expect.stringMatching(/./) } },
    });
    expect(parseImportText('[1]')).toEqual({ ok: false, error: { key: 'io.notObject' } });
  });
});
