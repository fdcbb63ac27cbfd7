import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../model';
import { createExplorerStore } from '../../state/explorerStore';
import { createDraftStore } from './draftStore';

const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
const setup = () => {
  const explorer = createExplorerStore({ presetId: 'raid-stripe' });
  const drafts = createDraftStore(explorer);
  const disconnect = drafts.getState().connect();
  return { explorer, drafts, disconnect };
};
const wrong = (s: ReturnType<typeof createExplorerStore>) =>
  s.getState().run.sim.totals.d62f69185.wrongBvecs;

describe('draft store', () => {
  it('starts from the explorer scenario and applies valid edits at once', () => {
    const { explorer, drafts } = setup();
    expect(drafts.getState().draft).toBe(preset('raid-stripe').json);
    drafts.getState().set(['title'], 'Mine');
    expect(drafts.getState().issues).toEqual([]);
    expect(explorer.getState().scenarioJson).toBe(drafts.getState().draft);
    expect(explorer.getState().presetId).toBeNull();
    expect(explorer.getState().run.sim.scenario.title).toBe('Mine');
  });

  it('keeps an invalid draft here and the last valid scenario in the explorer', () => {
    const { explorer, drafts } = setup();
    const before = explorer.getState().scenarioJson;
    drafts.getState().set(['ops', 1, 'bvecs', 0, 'length'], 1000);
    expect(drafts.getState().issuesByPath.get('ops[1].bvecs[0].length')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/must be a multiple of 512/),
        rule: { id: 'bvecs.multipleOf512' },
      }),
    ]);
    expect(explorer.getState().scenarioJson).toBe(before);
    expect(explorer.getState().loadIssues).toBeNull();
    drafts.getState().set(['ops', 1, 'bvecs', 0, 'length'], 512);
    expect(drafts.getState().issues).toEqual([]);
    expect(explorer.getState().scenarioJson).toBe(drafts.getState().draft);
  });

  it('follows a preset picked elsewhere while the draft is valid', () => {
    const { explorer, drafts } = setup();
    drafts.getState().set(['title'], 'Mine');
    explorer.getState().loadPreset('parted-gpt');
    expect(drafts.getState().draft).toBe(preset('parted-gpt').json);
    expect(drafts.getState().selectedOp).toBe(0);
  });

  it('keeps invalid edits when the scenario changes elsewhere, until discarded', () => {
    const { explorer, drafts } = setup();
    drafts.getState().set(['disk', 'sectors'], -1);
    explorer.getState().loadPreset('parted-gpt');
    expect(drafts.getState().externalChange).toBe(true);
    expect(drafts.getState().draft.disk).toEqual({ sectors: -1, content: 'pattern' });
    drafts.getState().discard();
    expect(drafts.getState().draft).toBe(preset('parted-gpt').json);
    expect(drafts.getState().issues).toEqual([]);
    expect(drafts.getState().externalChange).toBe(false);
  });

  it('clamps the open op when ops go away, and stops following when disconnected', () => {
    const { explorer, drafts, disconnect } = setup();
    drafts.getState().selectOp(1);
    const ops = drafts.getState().draft.ops as unknown[];
    drafts.getState().replace({ ...drafts.getState().draft, ops: ops.slice(0, 1) });
    expect(drafts.getState().selectedOp).toBe(0);
    disconnect();
    explorer.getState().loadPreset('parted-gpt');
    expect(drafts.getState().draft).not.toBe(preset('parted-gpt').json);
  });

  it('turns the raid scenario into one d62f69185 gets right by moving the user page offset', () => {
    const { explorer, drafts } = setup();
    expect(wrong(explorer)).toBeGreaterThan(0);
    // (S1,0,1024) (U,0,1024)... is still wrong; a single full-page bio_vec is right everywhere.
    drafts.getState().set(['ops', 1, 'bvecs'], [{ page: 2, offset: 0, length: 4096 }]);
    expect(wrong(explorer)).toBe(0);
  });
});
