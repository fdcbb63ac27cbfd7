import { describe, expect, it } from 'vitest';
import { parseScenario, PRESETS, simulate, type Simulation } from '../model';
import {
  describePreview,
  indexRanges,
  MAX_PREVIEW_PAGES,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  presetPreview,
  previewRequestIndex,
  type PresetPreview,
  type PreviewRect,
} from './presetPreview';

const run = (id: string): Simulation => {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value);
};
const previewOf = (id: string): PresetPreview => {
  const sim = run(id);
  const index = previewRequestIndex(sim.requests)!;
  return presetPreview(sim.requests[index]!, sim.scenario.kernel.pageSize);
};
const inside = (r: PreviewRect) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= PREVIEW_WIDTH + 1e-9 && r.y + r.height <= PREVIEW_HEIGHT;

describe('previewRequestIndex', () => {
  it('picks the READ with the most bio_vecs, the first of equals', () => {
    // parted: LBA 0 (1 bio_vec), LBA 1 (1), then the 16 KiB entry array (5).
    expect(previewRequestIndex(run('parted-gpt').requests)).toBe(2);
    expect(previewRequestIndex(run('full-ring-11').requests)).toBe(0);
    expect(previewRequestIndex(run('raid-stripe').requests)).toBe(1);
  });

  it('is null without READ requests', () => {
    expect(previewRequestIndex([])).toBeNull();
  });
});

describe('presetPreview', () => {
  it('draws bio_vecs over their pages and marks 0a8704a51’s wrong ones in its lane (parted)', () => {
    const p = previewOf('parted-gpt');
    expect(p.request).toBe(2);
    expect(p.pages).toHaveLength(5);
    expect(p.bvecs.map((b) => b.bvec)).toEqual([0, 1, 2, 3, 4]);
    // The first bio_vec starts at page offset 3072: it sits in the last quarter of its page.
    const [page0] = p.pages;
    const [bv0] = p.bvecs;
    expect(bv0!.x - page0!.x).toBeCloseTo(page0!.width * 0.75, 0);
    const [original, d62, sg] = p.lanes;
    expect(original!.version).toBe('0a8704a51');
    expect(original!.status).toBe('wrong');
    expect(original!.marks.filter((m) => m.wrong).map((m) => m.bvec)).toEqual([1, 2, 3, 4]);
    expect(d62!.status).toBe('right');
    expect(sg!.marks.every((m) => !m.wrong)).toBe(true);
  });

  it('tells wrong from right by shape: wrong marks fill the lane, right ones are thin', () => {
    const [lane] = previewOf('parted-gpt').lanes;
    const wrong = lane!.marks.find((m) => m.wrong)!;
    const right = lane!.marks.find((m) => !m.wrong)!;
    expect(wrong.height).toBe(lane!.track.height);
    expect(right.height).toBeLessThan(wrong.height / 2);
    // Marks line up with the bio_vec boxes above them.
    expect(wrong.x).toBe(previewOf('parted-gpt').bvecs[wrong.bvec]!.x);
  });

  it('keeps every shape inside the thumbnail, lanes below the pages without overlap', () => {
    for (const preset of PRESETS) {
      const p = previewOf(preset.id);
      const rects = [...p.pages, ...p.bvecs, ...p.lanes.flatMap((l) => [l.track, ...l.marks])];
      expect(rects.every(inside), preset.id).toBe(true);
      const pageBottom = Math.max(...p.pages.map((r) => r.y + r.height));
      p.lanes.forEach((l, i) => {
        expect(l.track.y).toBeGreaterThan(pageBottom);
        if (i > 0) expect(l.track.y).toBeGreaterThan(p.lanes[i - 1]!.track.y + l.track.height);
      });
      // Pages never overlap one another.
      p.pages.slice(1).forEach((pg, i) => expect(pg.x).toBeGreaterThan(p.pages[i]!.x + pg.width));
    }
  });

  it('draws at most MAX_PREVIEW_PAGES pages and says how many it left out (256 segments)', () => {
    const p = previewOf('indirect-256');
    expect(p.pages).toHaveLength(MAX_PREVIEW_PAGES);
    expect(p.hiddenPages).toBe(256 - MAX_PREVIEW_PAGES);
    expect(p.more).not.toBeNull();
    expect(p.more!.x).toBeLessThan(PREVIEW_WIDTH);
    // All wrong bio_vecs are still listed, even those not drawn.
    expect(p.lanes[0]!.wrongBvecs).toHaveLength(255);
    expect(p.lanes[0]!.marks.length).toBe(p.bvecs.length);
  });

  it('is the same picture every time (pure)', () => {
    expect(previewOf('raid-stripe')).toEqual(previewOf('raid-stripe'));
  });
});

describe('describePreview', () => {
  it('names the wrong bio_vecs per version as ranges', () => {
    expect(describePreview(previewOf('parted-gpt'))).toBe(
      'Request 2: 5 bio_vecs over 5 pages. 0a8704a51: bio_vecs 1–4 wrong; d62f69185: all right; b7649158: all right.',
    );
    expect(describePreview(previewOf('d62-commit-example'))).toContain(
      '0a8704a51: bio_vec 1 wrong',
    );
  });

  it('collapses runs into ranges', () => {
    expect(indexRanges([])).toBe('');
    expect(indexRanges([3])).toBe('3');
    expect(indexRanges([1, 2, 3, 7, 9, 10])).toBe('1–3, 7, 9–10');
  });
});
