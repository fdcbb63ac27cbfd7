// Row 6: one lane per version (0a8704a51, d62f69185, b7649158), each showing that version's copy
// of the process buffer: cells pending, right (✓, solid) or wrong (✗, cross-hatched; darker when
// the bytes really differ). The focused lane is taller. A lane whose kernel hit a BUG, or that no
// longer runs, says so over its cells. Clicking a cell selects its bytes for the hex view.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { memo, type MouseEvent } from 'react';
import type { VersionId } from '../../model';
import { useMessageText } from '../../i18n/messageText';
import type { LaneCell } from '../../viz/cellClasses';
import { monoWidth, type Span } from '../../viz/geometry';
import { laneCellPaint } from '../../viz/palette';
import type { PipelineLayout } from '../../viz/pipelineLayout';
import type { LaneScene } from '../../viz/scene';
import { inWindow } from '../../viz/zoomFit';
import { CellStrip, samePlacement, type StripCell } from './CellStrip';

/** Props of LaneRows. */
export interface LaneRowsProps {
  readonly layout: PipelineLayout;
  readonly lanes: readonly LaneScene[];
  /** x of labels, kept inside the visible part of the content when panned. */
  readonly labelX: number;
  readonly patternPrefix: string;
  /** A lane cell was clicked: version, page and byte offset of the cell. */
  readonly onSelect: (version: VersionId, page: number, offset: number) => void;
  /** Content x-range worth drawing (the rest is far off screen). */
  readonly win: Span;
}

function cellTitle(
  t: TFunction<'pipeline'>,
  v: VersionId,
  page: number,
  c: number,
  cell: LaneCell,
): string {
  const words = t(`cell.words.${cell.kind}`);
  const line = t('cell.lane', { version: v, page, first: c * 512, last: c * 512 + 511, words });
  return cell.kind === 'corrupt'
    ? line + t('cell.corruptBytes', { count: cell.corruptBytes })
    : line;
}

/** Props of LaneStrip. */
interface LaneStripProps {
  readonly version: VersionId;
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly cells: readonly LaneCell[];
  readonly patternPrefix: string;
}

/** One page of one lane; skips re-rendering (and re-titling) while its cells look the same. */
const LaneStrip = memo(
  function LaneStrip(props: LaneStripProps) {
    const { version, page, cells } = props;
    const { t } = useTranslation('pipeline');
    return (
      <CellStrip
        x={props.x}
        y={props.y}
        cellW={props.cellW}
        cellH={props.cellH}
        cells={cells.map((cell, c): StripCell => ({
          code: cell.code,
          paint: laneCellPaint(cell),
          fresh: cell.fresh,
          title: cellTitle(t, version, page, c, cell),
        }))}
        patternPrefix={props.patternPrefix}
        stripId={String(page)}
      />
    );
  },
  (a, b) =>
    a.version === b.version &&
    a.page === b.page &&
    samePlacement(a, b) &&
    a.cells.length === b.cells.length &&
    a.cells.every(
      (c, i) => c.code === b.cells[i]!.code && c.corruptBytes === b.cells[i]!.corruptBytes,
    ),
);

function LaneRowsImpl({ layout, lanes, labelX, patternPrefix, onSelect, win }: LaneRowsProps) {
  const { t: tUi } = useTranslation();
  // Lane status lines are messages (viz/laneStatus.ts), worded under `lane.`.
  const say = useMessageText('pipeline', 'lane');
  const { grid } = layout;
  const left = layout.pages.length ? Math.min(...layout.pages.map((p) => p.x)) : 0;
  const right = layout.pages.length ? Math.max(...layout.pages.map((p) => p.x)) + grid.stripW : 0;
  const onClick = (v: VersionId) => (e: MouseEvent<SVGGElement>) => {
    const target = e.target as Element;
    const cell = target.closest('[data-cell]')?.getAttribute('data-cell');
    const page = target.closest('[data-strip]')?.getAttribute('data-strip');
    if (cell != null && page != null) onSelect(v, Number(page), Number(cell) * 512);
  };
  return (
    <g className="pv-row pv-row-lanes">
      {lanes.map((lane) => {
        const frame = layout.lanes.find((l) => l.version === lane.version)!;
        const { status } = lane;
        const text = say(status.message);
        const overlay = status.overlayMessage && say(status.overlayMessage);
        // A CJK character is two monospace cells wide: count it twice.
        const wide = (overlay ?? '').replace(/[^\u2e80-\uffef]/g, '');
        const overlayW = Math.max(right - left, monoWidth((overlay ?? '') + wide, 12) + 24);
        return (
          <g
            key={lane.version}
            className={`pv-lane${frame.focused ? ' pv-focused' : ''}`}
            onClick={onClick(lane.version)}
          >
            {frame.focused && (
              <rect
                x={0}
                y={frame.labelY - 15}
                width={layout.width}
                height={frame.cellsY + frame.cellH + 7 - (frame.labelY - 15)}
                className="pv-lane-focus-bg"
              />
            )}
            <text x={labelX} y={frame.labelY} className="pv-lane-label">
              <tspan className="pv-lane-version">{lane.version}</tspan>
              <tspan className="pv-muted"> {tUi(`versions.${lane.version}.title`)}</tspan>
              <tspan className={`pv-tone-${status.tone}`}> · {text}</tspan>
            </text>
            {lane.pages.map(
              (p) =>
                inWindow(win, p.x, p.x + grid.stripW) && (
                  <LaneStrip
                    key={p.page}
                    version={lane.version}
                    page={p.page}
                    x={p.x}
                    y={frame.cellsY}
                    cellW={grid.cellW}
                    cellH={frame.cellH}
                    cells={p.cells}
                    patternPrefix={patternPrefix}
                  />
                ),
            )}
            {overlay && (
              <g className={`pv-lane-overlay pv-tone-${status.tone}`}>
                <title>{text}</title>
                <rect x={left} y={frame.cellsY} width={overlayW} height={frame.cellH} rx="3" />
                <text x={left + 10} y={frame.cellsY + frame.cellH / 2} dy="0.35em">
                  {overlay}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** The completion lanes. */
export const LaneRows = memo(LaneRowsImpl);
