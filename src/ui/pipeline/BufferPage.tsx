// One process page in the buffer row: its "P<n>" label above a strip of its cells. Shared by the
// request drawing and the EINVAL view, which show the buffer the same way.
import { CellStrip, type StripCell } from './CellStrip';

/** Props of BufferPage. */
export interface BufferPageProps {
  readonly page: number;
  readonly x: number;
  readonly labelY: number;
  readonly cellsY: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly cells: readonly StripCell[];
  readonly patternPrefix: string;
}

/** A labelled page strip of the process buffer (no glyphs: the buffer is not yet a verdict). */
export function BufferPage({
  page,
  x,
  labelY,
  cellsY,
  cellW,
  cellH,
  cells,
  patternPrefix,
}: BufferPageProps) {
  return (
    <g>
      <text x={x} y={labelY} className="pv-page-label">
        {/* "P3": page 3, as every label of the drawing and the narration name pages. */}
        {`P${page}`}
      </text>
      <CellStrip
        x={x}
        y={cellsY}
        cellW={cellW}
        cellH={cellH}
        cells={cells}
        patternPrefix={patternPrefix}
        glyphs={false}
      />
    </g>
  );
}
