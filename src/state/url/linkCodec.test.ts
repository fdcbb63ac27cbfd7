import { describe, expect, it } from 'vitest';
import { PRESETS, type ScenarioInput } from '../../model';
import { decodeLink, encodeLink, type DecodedLink, type LinkState } from './linkCodec';
import { MAX_FRAGMENT_CHARS } from './params';
import { compressScenario } from './scenarioParam';

const preset = (id: string) => PRESETS.find((p) => p.id === id)!;

const custom: ScenarioInput = {
  version: 1,
  title: 'Two bio_vecs',
  disk: { sectors: 2048, content: 'pattern' },
  ops: [
    {
      op: 'read',
      sector: 8,
      bvecs: [
        { page: 1, offset: 0, length: 1024 },
        { page: 2, offset: 1024, length: 1024 },
      ],
    },
  ],
};

/** The issues as the banner's English shows them (linkRules.test.ts checks their rules). */
function issuesOf(decoded: DecodedLink) {
  if (decoded.ok) throw new Error('expected the link to have issues');
  return decoded.error.issues.map(({ path, message }) => ({ path, message }));
}
function partialOf(decoded: DecodedLink): LinkState {
  if (decoded.ok) throw new Error('expected the link to have issues');
  return decoded.error.partial;
}

describe('encodeLink', () => {
  it('names an unchanged preset by id, whatever its key order', () => {
    const raid = preset('raid-stripe');
    const reordered = Object.fromEntries(Object.entries(raid.json as object).reverse());
    expect(encodeLink({ scenarioJson: reordered, step: 14, focus: 'd62f69185' })).toBe(
      'v=1&p=raid-stripe&step=14&focus=d62f69185',
    );
    expect(encodeLink({ presetId: 'parted-gpt' })).toBe('v=1&p=parted-gpt');
  });

  it('compresses any other scenario, and leaves defaults out', () => {
    const link = encodeLink({ scenarioJson: custom, step: 0, focus: '0a8704a51', speed: 2 });
    expect(link).toMatch(/^v=1&s=[A-Za-z0-9_-]+$/);
    const edited = { ...(preset('raid-stripe').json as object), title: 'My stripe' };
    expect(encodeLink({ presetId: 'raid-stripe', scenarioJson: edited })).toMatch(/^v=1&s=/);
  });

  it('gives the same link for the same scenario written differently', () => {
    const text = JSON.stringify(custom, null, 2);
    const reordered = { ops: custom.ops, disk: custom.disk, title: custom.title, version: 1 };
    expect(encodeLink({ scenarioJson: text })).toBe(encodeLink({ scenarioJson: custom }));
    expect(encodeLink({ scenarioJson: reordered })).toBe(encodeLink({ scenarioJson: custom }));
  });

  it('refuses an invalid scenario (a caller bug: the store holds only valid ones)', () => {
    expect(() => encodeLink({ scenarioJson: { version: 1 } })).toThrow(/invalid/);
  });

  it('keeps every preset link under 2,000 characters, in both forms', () => {
    for (const p of PRESETS) {
      const byId = encodeLink({ scenarioJson: p.json, step: 99999, focus: 'd62f69185', speed: 64 });
      expect(byId.length, p.id).toBeLessThan(100);
      // The compressed form, as an edited copy of the preset would be linked.
      const edited = { ...(p.json as object), title: `${p.id} (edited)` };
      const compressed = encodeLink({ scenarioJson: edited, step: 99999, focus: 'd62f69185' });
      expect(compressed).toMatch(/&s=/);
      // A full https:// origin and path add well under 100 characters.
      const limit = p.id === 'indirect-256' ? 4000 : 2000 - 100;
      expect(compressed.length, p.id).toBeLessThan(limit);
    }
  });
});

describe('decodeLink', () => {
  it('reads what encodeLink writes', () => {
    const state = { scenarioJson: custom, step: 7, focus: 'b7649158', speed: 16 } as const;
    expect(decodeLink(`#${encodeLink(state)}`)).toEqual({ ok: true, value: state });
    const raid = preset('raid-stripe');
    expect(decodeLink('v=1&p=raid-stripe&step=14&focus=d62f69185')).toEqual({
      ok: true,
      value: { presetId: 'raid-stripe', scenarioJson: raid.json, step: 14, focus: 'd62f69185' },
    });
  });

  it('recognises a preset sent as s=', () => {
    const text = JSON.stringify(preset('defeats-d62').json);
    const decoded = decodeLink(`v=1&s=${compressScenario(text)}`);
    expect(decoded.ok && decoded.value.presetId).toBe('defeats-d62');
  });

  it('reads an empty fragment as "nothing asked"', () => {
    expect(decodeLink('')).toEqual({ ok: true, value: {} });
    expect(decodeLink('#')).toEqual({ ok: true, value: {} });
  });

  it('ignores parameters it does not know (optional extras of later builds)', () => {
    expect(decodeLink('v=1&p=page-aligned&theme=dark&x')).toMatchObject({
      ok: true,
      value: { presetId: 'page-aligned' },
    });
  });

  it('names each bad parameter and keeps the good ones', () => {
    const decoded = decodeLink('v=1&p=raid-stripe&step=-3&focus=b7649158&speed=3');
    expect(issuesOf(decoded)).toEqual([
      { path: 'step', message: 'must be a whole number ≥ 0' },
      { path: 'speed', message: 'must be one of 0.5, 1, 2, 4, 8, 16, 32, 64 (steps per second)' },
    ]);
    expect(partialOf(decoded)).toMatchObject({ presetId: 'raid-stripe', focus: 'b7649158' });
    expect(issuesOf(decodeLink('v=1&p=raid-stripe&step=1.5'))).toEqual([
      { path: 'step', message: 'must be a whole number ≥ 0' },
    ]);
    expect(issuesOf(decodeLink('v=1&p=raid-stripe&focus=HEAD'))).toEqual([
      { path: 'focus', message: 'must be one of 0a8704a51, d62f69185, b7649158' },
    ]);
    expect(issuesOf(decodeLink('v=1&p=no-such&step=2'))).toEqual([
      { path: 'p', message: 'no preset named "no-such"' },
    ]);
  });

  it('says what is wrong with the version', () => {
    expect(issuesOf(decodeLink('p=raid-stripe'))).toEqual([
      { path: 'v', message: 'is missing: links from this explorer start with #v=1' },
    ]);
    expect(issuesOf(decodeLink('v=2&p=raid-stripe'))[0]!.message).toMatch(
      /newer version of the explorer \(v=2\); this one reads up to v=1/,
    );
    expect(issuesOf(decodeLink('v=one&p=raid-stripe'))[0]).toEqual({
      path: 'v',
      message: 'must be a link version such as 1',
    });
    expect(issuesOf(decodeLink('garbage'))[0]!.path).toBe('v');
  });

  it('says what is wrong with the scenario parameter', () => {
    const s = compressScenario(JSON.stringify(custom));
    expect(issuesOf(decodeLink(`v=1&s=${s.slice(0, 40)}`))).toEqual([
      { path: 's', message: 'not valid compressed data (cut short: was the link copied whole?)' },
    ]);
    expect(issuesOf(decodeLink('v=1&s=abc$def'))).toEqual([
      { path: 's', message: 'not valid compressed data (characters outside base64url)' },
    ]);
    expect(issuesOf(decodeLink('v=1&s='))).toEqual([{ path: 's', message: 'is empty' }]);
    expect(issuesOf(decodeLink(`v=1&s=${compressScenario('{"version": 1,')}`))).toEqual([
      { path: 's', message: 'not valid JSON once decompressed' },
    ]);
    expect(issuesOf(decodeLink(`v=1&s=${s}&p=raid-stripe`))[0]!.message).toMatch(/not both/);
    expect(issuesOf(decodeLink('v=1&step=3'))).toEqual([
      { path: '(link)', message: 'names no scenario: it needs s=… or p=…' },
    ]);
  });

  it('names the field inside a scenario that breaks a rule, by its path', () => {
    const bad = { ...custom, ops: [{ op: 'read', sector: 0, buffer: { address: 0, length: 0 } }] };
    const decoded = decodeLink(`v=1&s=${compressScenario(JSON.stringify(bad))}&step=4`);
    expect(issuesOf(decoded)).toEqual([
      { path: 'ops[0].buffer.length', message: 'must be at least 1' },
    ]);
    expect(partialOf(decoded)).toEqual({ step: 4 });
  });

  it('refuses repeated parameters rather than guess which one was meant', () => {
    const decoded = decodeLink('v=1&p=raid-stripe&step=3&step=4');
    expect(issuesOf(decoded)).toEqual([
      { path: 'step', message: 'is given more than once; it was ignored' },
    ]);
    expect(partialOf(decoded).step).toBeUndefined();
  });

  it('rejects an over-long fragment before reading it', () => {
    const huge = `v=1&p=raid-stripe&pad=${'x'.repeat(MAX_FRAGMENT_CHARS)}`;
    expect(issuesOf(decodeLink(huge))).toEqual([
      { path: '(link)', message: `is longer than ${MAX_FRAGMENT_CHARS} characters` },
    ]);
  });

  it('refuses a scenario that would decompress past 1 MiB', () => {
    // 1.1 million characters of valid JSON string compress to a few kilobytes.
    const s = compressScenario(JSON.stringify('x'.repeat(1_100_000)));
    expect(s.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(issuesOf(decodeLink(`v=1&s=${s}`))).toEqual([
      { path: 's', message: 'the scenario is larger than 1048576 characters once decompressed' },
    ]);
  });
});
