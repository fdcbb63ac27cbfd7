// One page-sized strip of 512-byte cells, painted by class. Memoised by the cells' look codes,
// so a step re-renders only the strips whose cells changed, never every cell of a big request.
import { memo } from 'react';
import { sameCells } from '../../viz/cellClasses';
import type { CellPaint } from '../../viz/palette';
import { landOpacity } from '../../viz/tween';
import { patternId } from './PatternDefs';
import { useTween } from './tweenClock';

/** A cell to draw: its paint, its tooltip and whether it was written at this step. */
export interface StripCell {
  readonly code: string;
  readonly paint: CellPaint;
  readonly title: string;
  readonly fresh: boolean;
}

/** Props of CellStrip. */
export interface CellStripProps {
  readonly x: number;
  readonly y: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly cells: readonly StripCell[];
  readonly patternPrefix: string;
  /** Draw glyphs (✓ ✗ ?) when cells are big enough to hold them. */
  readonly glyphs?: boolean;
  /** Identifies the strip to delegated click handlers (data-strip). */
  readonly stripId?: string;
}

/** Smallest cell (px) that gets a glyph; below it the glyph would be a smudge. */
const GLYPH_MIN_PX = 12;

function CellStripImpl(props: CellStripProps) {
  const { x, y, cellW, cellH, cells, patternPrefix, glyphs = true, stripId } = props;
  const w = Math.max(1, cellW - 1);
  const showGlyph = glyphs && cellW >= GLYPH_MIN_PX && cellH >= GLYPH_MIN_PX;
  // Cells this step writes appear as the ribbon or arrow carrying them lands.
  const t = useTween(cells.some((c) => c.fresh));
  const land = landOpacity(t);
  const glyphSize = Math.min(14, Math.floor(Math.min(cellW, cellH) * 0.7));
  return (
    <g transform={`translate(${x},${y})`} className="pv-strip" data-strip={stripId}>
      {cells.map((cell, i) => {
        const cx = i * cellW;
        const { paint } = cell;
        return (
          <g
            key={i}
            className={`pv-cell ${paint.className}`}
            data-cell={i}
            opacity={cell.fresh ? land : undefined}
          >
            <title>{cell.title}</title>
            <rect x={cx} width={w} height={cellH} fill={paint.fill} />
            {paint.pattern && (
              <rect
                x={cx}
                width={w}
                height={cellH}
                fill={`url(#${patternId(patternPrefix, paint.pattern)})`}
              />
            )}
            {showGlyph && paint.glyph && (
              <text
                x={cx + w / 2}
                y={cellH / 2}
                dy="0.35em"
                textAnchor="middle"
                className="pv-glyph"
                fontSize={glyphSize}
              >
                {paint.glyph}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** A strip of cells (see file comment). */
export const CellStrip = memo(
  CellStripImpl,
  (a, b) =>
    a.x === b.x &&
    a.y === b.y &&
    a.cellW === b.cellW &&
    a.cellH === b.cellH &&
    a.glyphs === b.glyphs &&
    a.patternPrefix === b.patternPrefix &&
    a.stripId === b.stripId &&
    sameCells(a.cells, b.cells) &&
    a.cells.every((c, i) => c.title === b.cells[i]!.title),
);

/** Where and how big a strip is drawn: the props its memoised wrappers compare first. */
export interface StripPlacement {
  readonly x: number;
  readonly y: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly patternPrefix: string;
}

/** Whether two strips are drawn in the same place at the same size (for memo comparators). */
export const samePlacement = (a: StripPlacement, b: StripPlacement): boolean =>
  a.x === b.x &&
  a.y === b.y &&
  a.cellW === b.cellW &&
  a.cellH === b.cellH &&
  a.patternPrefix === b.patternPrefix;
