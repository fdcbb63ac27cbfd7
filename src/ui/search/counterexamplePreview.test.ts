import { describe, expect, it } from 'vitest';
import { describeCounterexample, parseSearchSpace } from '../../model/search';
import { pageIndex } from '../../model/units';
import { counterexampleView } from './counterexamplePreview';

const space = parseSearchSpace({ pages: 2, maxBvecs: 3 });
if (!space.ok) throw new Error('test space is invalid');
// A layout both bio_vec walks get wrong: a gap inside one page.
const bvecs = [
  { page: pageIndex(0), offset: 0, length: 512 },
  { page: pageIndex(0), offset: 1024, length: 512 },
];

describe('counterexampleView', () => {
  it('draws the layout’s READ with the wrong bio_vec marked per version', () => {
    const view = counterexampleView(
      describeCounterexample(bvecs, 'd62f69185', space.value),
      space.value,
    );
    expect(view.scenario.title).toBe('Counterexample for d62f69185: (P0,0,512) (P0,1024,512)');
    const p = view.preview!;
    expect(p.bvecCount).toBe(2);
    expect(p.lanes.map((l) => [l.version, l.status, l.wrongBvecs])).toEqual([
      ['0a8704a51', 'wrong', [1]],
      ['d62f69185', 'wrong', [1]],
      ['b7649158', 'right', []],
    ]);
  });

  it('keeps the same layout’s views for different versions apart', () => {
    const a = counterexampleView(
      describeCounterexample(bvecs, '0a8704a51', space.value),
      space.value,
    );
    const b = counterexampleView(
      describeCounterexample(bvecs, 'd62f69185', space.value),
      space.value,
    );
    expect(a.scenario.title).toMatch(/^Counterexample for 0a8704a51/);
    expect(b.scenario.title).toMatch(/^Counterexample for d62f69185/);
    // Snapshots bring fresh copies of the same counterexample: the cache answers them.
    const again = counterexampleView(
      structuredClone(describeCounterexample(bvecs, 'd62f69185', space.value)),
      space.value,
    );
    expect(again).toBe(b);
  });
});
