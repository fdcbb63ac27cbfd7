// An op O_DIRECT refused before any I/O: the pages its buffer would touch, the buffer's exact
// byte range over them (misaligned ends show as cuts inside a cell), and the EINVAL message.
import { useTranslation } from 'react-i18next';
import type { EinvalLayout } from '../../viz/einvalLayout';
import { BufferPage } from './BufferPage';
import type { StripCell } from './CellStrip';
import { RowTitles } from './RowTitles';

const NO_OFFSETS = new Map<never, number>();

/** Props of EinvalView. */
export interface EinvalViewProps {
  readonly layout: EinvalLayout;
  /** Null until the op-failed step. */
  readonly reason: string | null;
  readonly patternPrefix: string;
  /** x of the row headings (kept in view when panned). */
  readonly labelX: number;
}

/** The failed op's drawing. */
export function EinvalView({ layout, reason, patternPrefix, labelX }: EinvalViewProps) {
  const { t } = useTranslation('pipeline');
  const { grid, buffer, op } = layout;
  const cells: StripCell[] = Array.from({ length: grid.cpp }, (_, c) => ({
    code: 'o',
    paint: { fill: 'var(--pv-outside)', pattern: null, glyph: null, className: 'pv-c-outside' },
    fresh: false,
    title: t('view.cellBytes', { first: c * 512, last: c * 512 + 511 }),
  }));
  const call = `${op.kind}(fd, buf = ${op.address}, ${op.length})`;
  return (
    <g className="pv-einval">
      <RowTitles rows={layout.rows} offsets={NO_OFFSETS} labelX={labelX} drawing="einval" />
      {layout.pages.map((p) => (
        <BufferPage
          key={p.page}
          page={p.page}
          x={p.x}
          labelY={buffer.pageLabelY}
          cellsY={buffer.cellsY}
          cellW={grid.cellW}
          cellH={buffer.cellH}
          cells={cells}
          patternPrefix={patternPrefix}
        />
      ))}
      {layout.range.map((s, i) => (
        <g key={i} className="pv-einval-range">
          <title>
            {t('view.bufferBytes', { first: op.address, last: op.address + op.length - 1 })}
          </title>
          <rect x={s.x0} y={buffer.cellsY - 2} width={s.x1 - s.x0} height={buffer.cellH + 4} />
          <path d={`M${s.x0},${layout.rangeY}v5H${s.x1}v-5`} />
        </g>
      ))}
      {layout.pagesCut > 0 && (
        <text x={grid.width - 12} y={buffer.pageLabelY} textAnchor="end" className="pv-muted">
          {t('view.pagesCut', { count: layout.pagesCut })}
        </text>
      )}
      <g className="pv-einval-message" transform={`translate(12,${layout.messageY})`}>
        <text y="14" className="pv-strong">
          {call} → {reason ? '-EINVAL' : '…'}
        </text>
        <text y="34" className={reason ? 'pv-bad-text' : 'pv-muted'}>
          {/* The reason is the model's (as in the trace and the narration): it stays English. */}
          {reason ?? t('view.checking')}
        </text>
      </g>
    </g>
  );
}
