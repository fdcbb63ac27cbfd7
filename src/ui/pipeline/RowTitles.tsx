// Each band's heading, pinned to the left edge of what is visible (the content may be panned far
// right in a 256-segment request), on a halo so lines passing behind stay readable.
import type { ReactNode } from 'react';
import type { RowFrame, RowId } from '../../viz/rows';
import type { RowOffsets } from './Links';

/** Props of RowTitles. */
export interface RowTitlesProps {
  readonly rows: readonly RowFrame[];
  readonly offsets: RowOffsets;
  readonly labelX: number;
  /** Extra content after a row's title (e.g. the divergence badge on the lanes row). */
  readonly extra?: Partial<Record<RowId, ReactNode>>;
}

/** Band headings. */
export function RowTitles({ rows, offsets, labelX, extra }: RowTitlesProps) {
  return (
    <g className="pv-row-titles">
      {rows.map((row) => (
        <text
          key={row.id}
          x={labelX}
          y={row.y + 15 + (offsets.get(row.id) ?? 0)}
          className="pv-row-title"
        >
          {row.title}
          {extra?.[row.id]}
        </text>
      ))}
    </g>
  );
}
