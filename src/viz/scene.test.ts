import { describe, expect, it } from 'vitest';
import { layoutRequest } from './pipelineLayout';
import { requestProgress } from './progress';
import { buildScene } from './scene';
import { subjectAtStep } from './subject';
import { simulatePreset } from '../../test/support/pipelineScenarios';

describe('buildScene', () => {
  const sim = simulatePreset('parted-gpt');
  const layout = layoutRequest({ sim, request: 2, focus: '0a8704a51', width: 820 });
  const at = (step: number) =>
    buildScene(
      sim,
      layout,
      requestProgress(sim, subjectAtStep(sim, step), step)!,
      '0a8704a51',
      step,
    );

  it('draws grants only once taken, with their pool ids', () => {
    expect(at(27).grants.map((g) => g.grant)).toEqual([0, null, null, null, null]);
    expect(at(38).grants.map((g) => g.grant)).toEqual([0, 1, 2, 3, 4]);
    expect(at(38).grants.map((g) => g.transferred)).toEqual([true, true, false, false, false]);
  });

  it('runs a ribbon per lane from the grant it reads to the cells it writes', () => {
    const scene = at(43);
    const [orig, , sgBased] = scene.lanes;
    expect(orig!.ribbon!.wrong).toBe(true);
    expect(sgBased!.ribbon!.wrong).toBe(false);
    // 0a8704a51 reads grant column 0; b7649158 reads grant column 1; both write page P12.
    expect(orig!.ribbon!.src.x0).toBe(layout.grants[0]!.x);
    expect(sgBased!.ribbon!.src.x0).toBe(layout.grants[1]!.x);
    expect(orig!.ribbon!.dst.x0).toBe(layout.pages[1]!.x);
    expect(orig!.ribbon!.dst.y).toBe(layout.lanes[0]!.cellsY);
    expect(at(47).lanes.every((l) => l.ribbon === null)).toBe(true);
  });

  it('marks the active element and the span the zoom should keep in view', () => {
    expect(at(24).active).toMatchObject({ bvec: 2, sg: 2 });
    expect(at(30).active.segment).toBe(1);
    expect(at(43).active.bvec).toBe(1);
    expect(at(43).active.span).toEqual({
      x0: layout.pages[1]!.x,
      x1: layout.pages[1]!.x + layout.grid.stripW,
    });
  });
});
