// Row 5: one grant page per segment (grants_used[k]), cells coloured by what the focused
// version's lane holds there now: this request's data for segment k, stale bytes an earlier
// request left, or a fresh page's uninitialised memory; above each, the disk sectors the backend
// moves and a marker over the [first_sect, last_sect] cells it fills.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { RequestRecord, VersionId } from '../../model';
import { type GrantCell, sameCells } from '../../viz/cellClasses';
import { grantLabelLines, sectorRangeLabel } from '../../viz/labels';
import { grantCellPaint } from '../../viz/palette';
import type { Span } from '../../viz/geometry';
import type { PipelineLayout } from '../../viz/pipelineLayout';
import { inWindow } from '../../viz/zoomFit';
import type { GrantScene } from '../../viz/scene';
import { CellStrip, samePlacement, type StripCell } from './CellStrip';
import { EnterFade } from './EnterFade';

/** Props of GrantRow. */
export interface GrantRowProps {
  readonly layout: PipelineLayout;
  readonly grants: readonly GrantScene[];
  readonly record: RequestRecord;
  readonly focus: VersionId;
  readonly activeSegment: number | null;
  readonly stepType: string | null;
  readonly patternPrefix: string;
  /** Draw dashed outlines where grants will appear (false once the request failed). */
  readonly ghosts: boolean;
  /** Content x-range worth drawing (the rest is far off screen). */
  readonly win: Span;
}

/** First disk sector of each segment: segments are consecutive on disk (blkback). */
export function segmentSectors(r: RequestRecord): number[] {
  let at: number = r.sector;
  return r.segments.map((s) => {
    const first = at;
    at += s.lastSect - s.firstSect + 1;
    return first;
  });
}

function cellTitle(t: TFunction<'pipeline'>, cell: GrantCell, grant: number, c: number): string {
  const where = t('cell.grantWhere', { grant, first: c * 512, last: c * 512 + 511 });
  switch (cell.kind) {
    case 'data':
      return cell.sector === null
        ? t('cell.grantData', { where, segment: cell.segment })
        : t('cell.grantDataSector', { where, segment: cell.segment, sector: cell.sector });
    case 'write-data':
      return cell.sector === null
        ? t('cell.grantWrite', { where, segment: cell.segment })
        : t('cell.grantWriteSector', { where, segment: cell.segment, sector: cell.sector });
    case 'stale':
      return t('cell.grantStale', { where, request: cell.request });
    case 'uninit':
      return t('cell.grantUninit', { where });
  }
}

/** Props of GrantStrip. */
interface GrantStripProps {
  readonly grant: number;
  readonly x: number;
  readonly y: number;
  readonly cellW: number;
  readonly cellH: number;
  readonly cells: readonly GrantCell[];
  readonly patternPrefix: string;
}

/** One grant page's cells; skips re-rendering (and re-titling) while they look the same. */
const GrantStrip = memo(
  function GrantStrip(props: GrantStripProps) {
    const { grant, cells } = props;
    const { t } = useTranslation('pipeline');
    return (
      <CellStrip
        x={props.x}
        y={props.y}
        cellW={props.cellW}
        cellH={props.cellH}
        cells={cells.map((cell, c): StripCell => ({
          code: cell.code,
          paint: grantCellPaint(cell),
          fresh: cell.fresh,
          title: cellTitle(t, cell, grant, c),
        }))}
        patternPrefix={props.patternPrefix}
      />
    );
  },
  (a, b) => a.grant === b.grant && samePlacement(a, b) && sameCells(a.cells, b.cells),
);

function GrantRowImpl(props: GrantRowProps) {
  const { layout, grants, record, focus, activeSegment, stepType, patternPrefix, win } = props;
  const { t } = useTranslation('pipeline');
  const { grid, grantRow } = layout;
  const sectors = segmentSectors(record);
  return (
    <g className="pv-row pv-row-grants">
      {layout.grants.map((g, i) => {
        if (!inWindow(win, g.x, g.x + grid.stripW)) return null;
        const scene = grants[i]!;
        const active = activeSegment === g.slot;
        if (scene.grant === null && !g.stale)
          return (
            props.ghosts && (
              <rect
                key={`${g.slot}-ghost`}
                x={g.x}
                y={grantRow.cellsY}
                width={grid.stripW}
                height={grantRow.cellH}
                className="pv-ghost"
                aria-hidden="true"
              />
            )
          );
        const seg = record.segments[g.slot];
        const [line1, line2] = grantLabelLines(g.slot, scene.grant, scene.reused, g.stale);
        const entering = stepType === 'grant-take' && active;
        return (
          <g key={`${g.slot}-${g.stale}`} className={`pv-grant${active ? ' pv-active' : ''}`}>
            <EnterFade entering={entering}>
              <title>
                {scene.grant === null
                  ? t('grant.slot', { slot: g.slot, focus })
                  : t('grant.slotGrant', { slot: g.slot, grant: scene.grant, focus })}
              </title>
              <text x={g.x} y={grantRow.labelY} className="pv-strong">
                {line1}
              </text>
              <text
                x={g.x}
                y={grantRow.labelY + 14}
                className={g.stale ? 'pv-bad-text' : 'pv-muted'}
              >
                {line2}
              </text>
              {scene.segmentShown && seg && g.pill && g.marker && (
                <EnterFade entering={stepType === 'ring-segment' && active}>
                  <g className={`pv-backend${scene.transferred ? ' pv-done' : ''}`}>
                    <title>
                      {t('grant.backend', {
                        sectors: t('grant.diskSectors', {
                          range: sectorRangeLabel(
                            sectors[g.slot]!,
                            seg.lastSect - seg.firstSect + 1,
                          ).replace('disk ', ''),
                        }),
                        first: seg.firstSect * 512,
                        last: (seg.lastSect + 1) * 512 - 1,
                        firstSect: seg.firstSect,
                        lastSect: seg.lastSect,
                      })}
                    </title>
                    <rect x={g.pill.x} y={g.pill.y} width={g.pill.w} height={g.pill.h} rx="9" />
                    <text x={g.pill.x + g.pill.w / 2} y={g.pill.y + 13} textAnchor="middle">
                      {sectorRangeLabel(sectors[g.slot]!, seg.lastSect - seg.firstSect + 1)}
                    </text>
                    <path
                      d={`M${g.marker.x0 + 1},${grantRow.markerY + 5}v-5H${g.marker.x1 - 1}${g.markerInvalid ? '' : 'v5'}`}
                      className={g.markerInvalid ? 'pv-marker pv-marker-invalid' : 'pv-marker'}
                    />
                  </g>
                </EnterFade>
              )}
              {scene.cells && scene.grant !== null ? (
                <GrantStrip
                  grant={scene.grant}
                  x={g.x}
                  y={grantRow.cellsY}
                  cellW={grid.cellW}
                  cellH={grantRow.cellH}
                  cells={scene.cells}
                  patternPrefix={patternPrefix}
                />
              ) : (
                <rect
                  x={g.x}
                  y={grantRow.cellsY}
                  width={grid.stripW}
                  height={grantRow.cellH}
                  className="pv-placeholder"
                >
                  <title>{t('grant.pastSegments', { slot: g.slot })}</title>
                </rect>
              )}
            </EnterFade>
          </g>
        );
      })}
    </g>
  );
}

/** The grant pages row. */
export const GrantRow = memo(GrantRowImpl);
