import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model';
import { createExplorerStore } from '../explorerStore';
import { applyLink } from './applyLink';
import { encodeLink } from './linkCodec';

const custom = {
  version: 1,
  title: 'Pasted',
  disk: { sectors: 2048, content: 'pattern' },
  ops: [{ op: 'read', sector: 8, buffer: { address: 1024, length: 8192 } }],
};

describe('applyLink', () => {
  it('loads the scenario, then moves to the step and focus', () => {
    const store = createExplorerStore();
    expect(applyLink(store, encodeLink({ scenarioJson: custom, step: 5, focus: 'b7649158' }))).toBe(
      true,
    );
    const s = store.getState();
    expect(s.scenarioJson).toEqual(custom);
    expect(s.presetId).toBeNull();
    expect([s.step, s.focus, s.loadIssues]).toEqual([5, 'b7649158', null]);

    applyLink(store, 'v=1&p=d62-commit-example&speed=16');
    expect(store.getState()).toMatchObject({
      presetId: 'd62-commit-example',
      step: 0,
      focus: '0a8704a51',
      speed: 16,
    });
  });

  it('keeps the selection when only the step differs', () => {
    const store = createExplorerStore({ presetId: 'raid-stripe' });
    const selected = { version: 'b7649158', page: 1, offset: 0 } as const;
    store.getState().select(selected);
    applyLink(store, 'v=1&p=raid-stripe&step=3');
    expect(store.getState()).toMatchObject({ step: 3, selected });
  });

  it('keeps the scenario on screen and shows the issues for a bad link', () => {
    const store = createExplorerStore({ presetId: 'raid-stripe', step: 4 });
    expect(applyLink(store, 'v=1&s=%%%&step=9&focus=d62f69185')).toBe(false);
    const s = store.getState();
    expect(s.presetId).toBe('raid-stripe');
    expect(s.scenarioJson).toBe(PRESETS.find((p) => p.id === 'raid-stripe')!.json);
    expect(s.step).toBe(4);
    expect(s.focus).toBe('d62f69185');
    expect(s.loadIssues).toEqual([
      {
        path: 's',
        message: 'not valid compressed data (characters outside base64url)',
        rule: { id: 'link.notBase64' },
      },
    ]);
  });
});
