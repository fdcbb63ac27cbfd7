// Each band's heading, pinned to the left edge of what is visible (the content may be panned far
// right in a 256-segment request), on a halo so lines passing behind stay readable.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionId } from '../../model';
import type { RowFrame, RowId } from '../../viz/rows';
import type { RowOffsets } from './Links';

/** Props of RowTitles. */
export interface RowTitlesProps {
  readonly rows: readonly RowFrame[];
  readonly offsets: RowOffsets;
  readonly labelX: number;
  /** Extra content after a row's title (e.g. the divergence badge on the lanes row). */
  readonly extra?: Partial<Record<RowId, ReactNode>>;
  /** Which drawing the rows belong to (their titles differ: pipeline.json, rows). */
  readonly drawing: 'request' | 'einval';
  /** The focused version, named in the grant row's title. */
  readonly focus?: VersionId;
}

/** Band headings. */
export function RowTitles({ rows, offsets, labelX, extra, drawing, focus }: RowTitlesProps) {
  const { t } = useTranslation('pipeline');
  return (
    <g className="pv-row-titles">
      {rows.map((row) => (
        <text
          key={row.id}
          x={labelX}
          y={row.y + 15 + (offsets.get(row.id) ?? 0)}
          className="pv-row-title"
        >
          {/* The layout's English title is the fallback for a row this drawing does not name. */}
          {t(`rows.${drawing}.${row.id}`, { focus, defaultValue: row.title })}
          {extra?.[row.id]}
        </text>
      ))}
    </g>
  );
}
