import { describe, expect, it } from 'vitest';
import type { VersionId } from '../model';
import {
  formatBytesShort,
  MARGIN,
  MAX_PLOT_WIDTH,
  neighbourCell,
  cellsByOutcome,
  rectsPath,
  outcomeCounts,
  phaseMapGeometry,
  type CellOutcome,
  type PhaseMapInput,
} from './phaseMap';

const all = (o: CellOutcome): Record<VersionId, CellOutcome> => ({
  '0a8704a51': o,
  d62f69185: o,
  b7649158: 'right',
});

/** The O_DIRECT map's shape: 8 page offsets × 128 read lengths. */
function directIoLike(): PhaseMapInput {
  const xValues = Array.from({ length: 8 }, (_, i) => i * 512);
  const yValues = Array.from({ length: 128 }, (_, i) => (i + 1) * 512);
  const cells = xValues.flatMap((x) =>
    yValues.map((y) => ({ x, y, outcome: all(x === 0 ? 'right' : 'wrong') })),
  );
  return { xValues, yValues, xLabel: 'Buffer page offset', yLabel: 'Read length', cells };
}

describe('phaseMapGeometry', () => {
  it('puts the longer axis horizontally and fits it in the plot width', () => {
    const g = phaseMapGeometry(directIoLike());
    expect(g.transposed).toBe(true);
    expect(g.columns).toBe(128);
    expect(g.rows).toBe(8);
    expect(g.hLabel).toBe('Read length');
    expect(g.vLabel).toBe('Buffer page offset');
    expect(g.plot.width).toBeLessThanOrEqual(MAX_PLOT_WIDTH);
    expect(g.width).toBe(MARGIN.left + g.plot.width + MARGIN.right);
    expect(g.cells).toHaveLength(1024);
  });

  it('places each cell by its values: read length → column, page offset → row', () => {
    const map = directIoLike();
    const g = phaseMapGeometry(map);
    const at = (x: number, y: number) =>
      g.cells.find((r) => map.cells[r.index]!.x === x && map.cells[r.index]!.y === y)!;
    const a = at(0, 512);
    const b = at(3584, 65536);
    expect([a.row, a.col]).toEqual([0, 0]);
    expect([b.row, b.col]).toEqual([7, 127]);
    expect(a.x).toBe(g.plot.x);
    expect(a.y).toBe(g.plot.y);
    expect(b.x + b.width).toBeCloseTo(g.plot.x + g.plot.width);
    expect(b.y + b.height).toBeCloseTo(g.plot.y + g.plot.height);
    // Cells tile the plot without overlap.
    const right = at(0, 1024);
    expect(right.x).toBeCloseTo(a.x + a.width);
    expect(g.grid[7]![127]).toBe(b.index);
  });

  it('labels at most 17 ticks per axis, starting at the first value', () => {
    const g = phaseMapGeometry(directIoLike());
    expect(g.hTicks.length).toBeLessThanOrEqual(17);
    expect(g.hTicks[0]!.label).toBe('512');
    expect(g.hTicks.at(-1)!.label).toBe('64K');
    expect(g.vTicks.map((t) => t.label)).toEqual([
      '0',
      '512',
      '1K',
      '1536',
      '2K',
      '2560',
      '3K',
      '3584',
    ]);
    // A tick sits at its band's centre.
    const first = g.cells.find((c) => c.col === 0)!;
    expect(g.hTicks[0]!.pos).toBeCloseTo(first.x + first.width / 2);
  });

  it('keeps a square map untransposed and leaves holes for missing cells', () => {
    const map: PhaseMapInput = {
      xValues: [0, 1024],
      yValues: [512, 1024],
      xLabel: 'Stripe offset',
      yLabel: 'User length',
      cells: [
        { x: 0, y: 512, outcome: all('right') },
        { x: 1024, y: 1024, outcome: all('bug') },
        { x: 9999, y: 512, outcome: all('wrong') }, // not on the axes: ignored
      ],
    };
    const g = phaseMapGeometry(map);
    expect(g.transposed).toBe(false);
    expect(g.cells.map((c) => [c.index, c.row, c.col])).toEqual([
      [0, 0, 0],
      [1, 1, 1],
    ]);
    expect(g.grid).toEqual([
      [0, -1],
      [-1, 1],
    ]);
    // Arrow keys skip holes and stop at the edges.
    expect(neighbourCell(g, 0, 0, 'ArrowRight')).toBeNull();
    expect(neighbourCell(g, 0, 0, 'ArrowDown')).toBeNull();
    expect(neighbourCell(g, 1, 1, 'ArrowUp')).toBeNull();
  });
});

describe('neighbourCell', () => {
  it('moves one cell in the arrow direction', () => {
    const map = directIoLike();
    const g = phaseMapGeometry(map);
    const idx = neighbourCell(g, 3, 10, 'ArrowRight')!;
    expect(g.cells.find((c) => c.index === idx)).toMatchObject({ row: 3, col: 11 });
    expect(neighbourCell(g, 0, 10, 'ArrowUp')).toBeNull();
    expect(neighbourCell(g, 7, 127, 'ArrowRight')).toBeNull();
  });
});

describe('outcomeCounts and formatBytesShort', () => {
  it('counts outcomes per version', () => {
    const map = directIoLike();
    expect(outcomeCounts(map, '0a8704a51')).toEqual({ right: 128, wrong: 896, bug: 0 });
    expect(outcomeCounts(map, 'b7649158')).toEqual({ right: 1024, wrong: 0, bug: 0 });
  });

  it('abbreviates whole KiB only', () => {
    expect(formatBytesShort(512)).toBe('512');
    expect(formatBytesShort(4096)).toBe('4K');
    expect(formatBytesShort(3584)).toBe('3584');
  });
});

describe('rectsPath and cellsByOutcome', () => {
  it('draws one closed subpath per cell', () => {
    const rect = { index: 0, col: 0, row: 0, x: 70, y: 6, width: 7.5, height: 15 };
    expect(rectsPath([rect, { ...rect, x: 77.5 }])).toBe('M70,6h7.5v15h-7.5zM77.5,6h7.5v15h-7.5z');
    expect(rectsPath([])).toBe('');
  });

  it('splits the cells by one version’s outcome', () => {
    const map = directIoLike();
    const g = phaseMapGeometry(map);
    const byOutcome = cellsByOutcome(g, map, '0a8704a51');
    expect(byOutcome.right).toHaveLength(128);
    expect(byOutcome.wrong).toHaveLength(896);
    expect(byOutcome.right.every((r) => r.row === 0)).toBe(true);
  });
});
