// Row 1: the process pages the request touches, one strip of 512-byte cells per page, with each
// bio_vec's range bracketed and labelled bv0, bv1... under the strip.
import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { Span } from '../../viz/geometry';
import type { PipelineLayout } from '../../viz/pipelineLayout';
import { inWindow } from '../../viz/zoomFit';
import type { CellPaint } from '../../viz/palette';
import { BufferPage } from './BufferPage';
import type { StripCell } from './CellStrip';

/** Props of BufferRow. */
export interface BufferRowProps {
  readonly layout: PipelineLayout;
  readonly covered: ReadonlyMap<number, readonly boolean[]>;
  readonly bvecsBuilt: boolean;
  readonly activeBvec: number | null;
  readonly patternPrefix: string;
  /** Content x-range worth drawing (the rest is far off screen). */
  readonly win: Span;
}

const IN_REQUEST: CellPaint = {
  fill: 'var(--pv-buffer-in)',
  pattern: null,
  glyph: null,
  className: 'pv-c-buffer',
};
const OUTSIDE: CellPaint = {
  fill: 'var(--pv-outside)',
  pattern: null,
  glyph: null,
  className: 'pv-c-outside',
};

function BufferRowImpl(props: BufferRowProps) {
  const { layout, covered, bvecsBuilt, activeBvec, patternPrefix, win } = props;
  const { t } = useTranslation('pipeline');
  const { grid, buffer } = layout;
  return (
    <g className="pv-row pv-row-buffer">
      {layout.pages.map((p) => {
        if (!inWindow(win, p.x, p.x + grid.stripW)) return null;
        const cells: StripCell[] = (covered.get(p.page) ?? []).map((inRequest, c) => ({
          code: inRequest ? 'i' : 'o',
          paint: inRequest ? IN_REQUEST : OUTSIDE,
          fresh: false,
          title:
            t('cell.bufferBytes', { page: p.page, first: c * 512, last: c * 512 + 511 }) +
            (inRequest ? '' : t('cell.notInRequest')),
        }));
        return (
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
        );
      })}
      {bvecsBuilt &&
        layout.bvecs.map((b) => {
          if (!inWindow(win, b.span.x0, b.span.x1)) return null;
          const top = buffer.cellsY + buffer.cellH + 3;
          const active = b.index === activeBvec;
          return (
            <g key={b.index} className={`pv-bracket${active ? ' pv-active' : ''}`}>
              <title>{`bio_vec ${b.index}`}</title>
              <path
                d={`M${b.span.x0 + 1},${top}v5H${b.span.x1 - 1}v-5`}
                className="pv-bracket-line"
              />
              <text x={(b.span.x0 + b.span.x1) / 2} y={b.labelY} textAnchor="middle">
                {/* "bv2", the short name the bio_vec boxes use: the same in every language. */}
                {`bv${b.index}`}
              </text>
            </g>
          );
        })}
    </g>
  );
}

/** The process buffer row. */
export const BufferRow = memo(BufferRowImpl);
