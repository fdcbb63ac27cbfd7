// Share links: every valid state survives encode → decode unchanged, and no string at all, however
// long, mangled or hostile, makes decoding throw or yield a state the explorer cannot show. The
// work per link is bounded by construction (fragment ≤ 64 KiB, decompressed text ≤ 1 MiB), so
// these properties assert outcomes only, never timings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, VERSION_IDS, type ScenarioInput } from '../../src/model';
import { createExplorerStore, SPEEDS } from '../../src/state/explorerStore';
import {
  decodeLink,
  encodeLink,
  startStateFrom,
  type DecodedLink,
  type LinkState,
} from '../../src/state/url';
import { scenarioArb } from './arbitraries';
import { propertyParams, propertyTimeout } from './helpers';

/** Scenarios with free text in every text field: any UTF-16, lone surrogates included. */
const textyScenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    scenario: scenarioArb,
    title: fc.option(fc.string({ unit: 'binary', maxLength: 300 }), { nil: undefined }),
    description: fc.option(fc.string({ unit: 'grapheme', maxLength: 300 }), { nil: undefined }),
    label: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    notes: fc.option(
      fc.array(fc.record({ step: fc.nat(500), text: fc.string({ minLength: 1, maxLength: 80 }) }), {
        maxLength: 3,
      }),
      { nil: undefined },
    ),
  })
  .map(({ scenario, title, description, label, notes }) => ({
    ...scenario,
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(notes !== undefined ? { notes } : {}),
    ops: scenario.ops.map((op, i) => (i === 0 && label !== undefined ? { ...op, label } : op)),
  }));

const stateArb = fc.record(
  {
    scenarioJson: textyScenarioArb,
    step: fc.nat({ max: 999_999_999 }),
    focus: fc.constantFrom(...VERSION_IDS),
    speed: fc.constantFrom(...SPEEDS),
  },
  { requiredKeys: ['scenarioJson'] },
);

/** What the link should read back as: defaults are left out of links, so they come back absent. */
function expected(state: LinkState): LinkState {
  return {
    scenarioJson: state.scenarioJson,
    ...(state.step ? { step: state.step } : {}),
    ...(state.focus && state.focus !== '0a8704a51' ? { focus: state.focus } : {}),
    ...(state.speed && state.speed !== 2 ? { speed: state.speed } : {}),
  };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64urlArb = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength });

/** Valid links, cut short, with a character changed, or with a parameter repeated. */
const mangledLinkArb = fc
  .record({
    link: stateArb.map((s) => encodeLink(s)),
    cut: fc.nat(),
    at: fc.nat(),
    ch: fc.constantFrom(...BASE64URL, '&', '=', '%', '#', 'é'),
    how: fc.constantFrom('cut', 'change', 'repeat', 'both'),
  })
  .map(({ link, cut, at, ch, how }) => {
    const i = at % link.length;
    const changed = link.slice(0, i) + ch + link.slice(i + 1);
    if (how === 'cut') return link.slice(0, cut % link.length);
    if (how === 'change') return changed;
    if (how === 'repeat') return `${link}&${link.split('&')[1]}`;
    return changed.slice(0, cut % changed.length);
  });

/** Anything a URL fragment could hold, weighted towards what gets past the first checks. */
const anyFragmentArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('v', '=', '1', '&', 's', 'p', 'step', 'focus', '-', '0'),
    maxLength: 40,
  }),
  base64urlArb(4000).map((s) => `v=1&s=${s}`),
  fc
    .uint8Array({ maxLength: 3000 })
    .map((b) => `#v=1&s=${[...b].map((x) => BASE64URL[x & 63]).join('')}`),
  mangledLinkArb,
);

/** A decoded link is well formed: issues name a path, and every value is one the explorer takes. */
function checkWellFormed(decoded: DecodedLink): void {
  const state = decoded.ok ? decoded.value : decoded.error.partial;
  if (!decoded.ok) {
    expect(decoded.error.issues.length).toBeGreaterThan(0);
    for (const issue of decoded.error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message).toMatch(/\S/);
    }
  }
  if (state.scenarioJson !== undefined) expect(parseScenario(state.scenarioJson).ok).toBe(true);
  if (state.step !== undefined)
    expect(Number.isSafeInteger(state.step) && state.step >= 0).toBe(true);
  if (state.focus !== undefined) expect(VERSION_IDS).toContain(state.focus);
  if (state.speed !== undefined) expect(SPEEDS).toContain(state.speed);
}

describe('share links', () => {
  it(
    'decode(encode(state)) gives the state back, and encoding is canonical',
    () => {
      fc.assert(
        fc.property(stateArb, (state) => {
          const link = encodeLink(state);
          const decoded = decodeLink(`#${link}`);
          expect(decoded).toEqual({ ok: true, value: expected(state) });
          if (decoded.ok) expect(encodeLink(decoded.value)).toBe(link);
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it(
    'decoding any string never throws and yields only values the explorer can show',
    () => {
      fc.assert(
        fc.property(anyFragmentArb, (fragment) => {
          checkWellFormed(decodeLink(fragment));
        }),
        propertyParams(500),
      );
    },
    propertyTimeout(500),
  );

  it(
    'the explorer opens on any link: its scenario, or the last good one, never an error',
    () => {
      const lastGood: LinkState = { presetId: 'raid-stripe', step: 3 };
      fc.assert(
        fc.property(anyFragmentArb, (fragment) => {
          const { state, issues } = startStateFrom(fragment, lastGood);
          const store = createExplorerStore(state);
          // The start state is always loadable, so the store itself never has to reject it.
          expect(store.getState().loadIssues).toBeNull();
          if (issues.length > 0 && state.scenarioJson === undefined)
            expect(store.getState().presetId).toBe('raid-stripe');
        }),
        propertyParams(100),
      );
    },
    propertyTimeout(100),
  );
});
