import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model';
import { encodeLink, type LinkState } from './linkCodec';
import { startStateFrom } from './startState';

const raid = PRESETS.find((p) => p.id === 'raid-stripe')!;
const lastGood: LinkState = {
  scenarioJson: {
    version: 1,
    title: 'Mine',
    disk: { sectors: 64, content: 'zero' },
    ops: [{ op: 'read', sector: 0, buffer: { address: 512, length: 1024 } }],
  },
  step: 6,
  focus: 'b7649158',
};

describe('startStateFrom', () => {
  it('opens a good link as it is', () => {
    const link = encodeLink({ presetId: 'raid-stripe', step: 14, focus: 'd62f69185' });
    expect(startStateFrom(`#${link}`, lastGood)).toEqual({
      state: { presetId: 'raid-stripe', scenarioJson: raid.json, step: 14, focus: 'd62f69185' },
      issues: [],
    });
  });

  it("without a link, restores the tab's last good state, or nothing", () => {
    expect(startStateFrom('', lastGood)).toEqual({ state: lastGood, issues: [] });
    expect(startStateFrom('', null)).toEqual({ state: {}, issues: [] });
  });

  it("keeps the tab's scenario and step when the link's scenario is unreadable", () => {
    const { state, issues } = startStateFrom('#v=1&s=garbage!&step=40&focus=d62f69185', lastGood);
    expect(state).toEqual({ ...lastGood, focus: 'd62f69185' });
    expect(issues.map((i) => i.path)).toEqual(['s']);
    // A new tab has no last good state: the explorer's defaults apply.
    expect(startStateFrom('#nonsense', null)).toMatchObject({ state: {}, issues: [{ path: 'v' }] });
  });

  it("uses the link's scenario when only a view parameter is bad", () => {
    const { state, issues } = startStateFrom('#v=1&p=raid-stripe&step=x', lastGood);
    expect(state).toEqual({ presetId: 'raid-stripe', scenarioJson: raid.json });
    expect(issues).toEqual([
      { path: 'step', message: 'must be a whole number ≥ 0', rule: { id: 'link.wholeNumber' } },
    ]);
  });
});
