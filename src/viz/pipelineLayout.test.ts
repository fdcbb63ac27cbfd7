import { describe, expect, it } from 'vitest';
import { PRESETS, VERSION_IDS } from '../model';
import type { Box, Span } from './geometry';
import { layoutEinval } from './einvalLayout';
import { layoutRequest } from './pipelineLayout';
import {
  BUGS_AND_ERRORS,
  EINVAL_READ,
  ELEVEN_SEGMENTS,
  simulateJson,
  simulatePreset,
  WHAT_IF_256,
} from '../../test/support/pipelineScenarios';

const boxesOverlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const noOverlaps = (boxes: readonly Box[]) => {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (boxesOverlap(boxes[i]!, boxes[j]!)) return `${i} overlaps ${j}`;
  return null;
};
const strip = (x: number, w: number, y: number, h: number): Box => ({ x, y, w, h });

describe('layoutRequest on every preset', () => {
  for (const preset of PRESETS) {
    it(`${preset.id}: nothing overlaps at 820 px and rows stack downwards`, () => {
      const sim = simulatePreset(preset.id);
      for (const r of sim.requests) {
        const l = layoutRequest({ sim, request: r.index, focus: '0a8704a51', width: 820 });
        expect(l.width).toBeGreaterThanOrEqual(820);
        expect(noOverlaps(l.bvecs.map((b) => b.box))).toBeNull();
        expect(noOverlaps(l.sg)).toBeNull();
        expect(noOverlaps(l.segments)).toBeNull();
        const pages = l.pages.map((p) => strip(p.x, l.grid.stripW, l.buffer.cellsY, 1));
        expect(noOverlaps(pages)).toBeNull();
        const ys = l.rows.map((row) => row.y);
        expect([...ys].sort((a, b) => a - b)).toEqual(ys);
        for (let i = 1; i < l.rows.length; i++)
          expect(l.rows[i]!.y).toBe(l.rows[i - 1]!.y + l.rows[i - 1]!.h);
        expect(l.height).toBeGreaterThan(l.rows.at(-1)!.y);
      }
    });
  }

  it('parted: grant k sits under the page of scatterlist entry k', () => {
    const sim = simulatePreset('parted-gpt');
    const l = layoutRequest({ sim, request: 2, focus: 'b7649158', width: 820 });
    expect(l.pages.map((p) => p.page)).toEqual([11, 12, 13, 14, 15]);
    l.grants.forEach((g, k) => expect(g.x).toBe(l.pages[k]!.x));
    // Backend marker of seg 0 covers first_sect 6..last_sect 7: the last two cells.
    const m = l.grants[0]!.marker!;
    expect(m.x0).toBeCloseTo(l.grid.cellX(0, 6));
    expect(m.x1).toBeCloseTo(l.grid.cellX(0, 8));
  });

  it('brackets each bio_vec over exactly its cells', () => {
    const sim = simulatePreset('raid-stripe');
    const l = layoutRequest({ sim, request: 1, focus: '0a8704a51', width: 820 });
    const spanOf = (i: number): Span => l.bvecs[i]!.span;
    expect(spanOf(1).x0).toBeCloseTo(l.grid.cellX(1, 2));
    expect(spanOf(1).x1).toBeCloseTo(l.grid.cellX(1, 4));
  });

  it('enlarges the focused lane and keeps lanes in VERSION_IDS order', () => {
    const sim = simulatePreset('defeats-d62');
    const l = layoutRequest({ sim, request: 1, focus: 'd62f69185', width: 820 });
    expect(l.lanes.map((x) => x.version)).toEqual(VERSION_IDS);
    const [a, b, c] = l.lanes;
    expect(b!.focused).toBe(true);
    expect(b!.cellH).toBeGreaterThan(a!.cellH);
    expect(c!.cellsY).toBeGreaterThan(b!.cellsY + b!.cellH);
  });

  it('keeps cells legible and columns apart at 11 segments', () => {
    const sim = simulateJson(ELEVEN_SEGMENTS);
    const l = layoutRequest({ sim, request: 0, focus: '0a8704a51', width: 820 });
    expect(l.grants).toHaveLength(11);
    expect(l.grid.cellW).toBeGreaterThanOrEqual(10);
    expect(noOverlaps(l.segments)).toBeNull();
    expect(noOverlaps(l.bvecs.map((b) => b.box))).toBeNull();
  });

  it('lays out the 256-segment what-if without overlaps', () => {
    const sim = simulateJson(WHAT_IF_256);
    const l = layoutRequest({ sim, request: 0, focus: '0a8704a51', width: 820 });
    expect(l.grants).toHaveLength(256);
    expect(l.width).toBeGreaterThan(256 * 80);
    expect(noOverlaps(l.segments)).toBeNull();
    expect(noOverlaps(l.bvecs.map((b) => b.box))).toBeNull();
  });
});

describe('layoutEinval', () => {
  it('marks the misaligned byte range over the pages it touches', () => {
    const sim = simulateJson(EINVAL_READ);
    const l = layoutEinval(sim, 0, 820);
    expect(l.pages.map((p) => p.page)).toEqual([1]);
    expect(l.range).toHaveLength(1);
    expect(l.range[0]!.x0).toBeCloseTo(l.grid.cellX(0, 100 / 512));
    expect(l.range[0]!.x1).toBeCloseTo(l.grid.cellX(0, 1124 / 512));
  });
});

describe('layoutRequest with what-if limits', () => {
  it('clips a backend range past the page to the strip and flags it', () => {
    const sim = simulateJson(BUGS_AND_ERRORS);
    const l = layoutRequest({ sim, request: 1, focus: 'b7649158', width: 820 });
    const g = l.grants[0]!;
    expect(g.markerInvalid).toBe(true);
    expect(g.marker!.x1).toBeCloseTo(g.x + l.grid.stripW);
  });
});
