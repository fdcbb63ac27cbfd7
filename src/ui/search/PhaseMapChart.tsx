// One version's small multiple of a phase map: each outcome painted as one path (colour plus a
// texture: cross-hatch for wrong, dots for BUG), axes with ticks and titles, and on top one
// transparent button per cell for hover, click and keyboard. The cells are one tab stop (a roving
// tabindex); arrow keys move between them, Enter or Space loads the layout.
import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionId } from '../../model';
import {
  cellsByOutcome,
  neighbourCell,
  OUTCOME_PAINT,
  outcomeCounts,
  rectsPath,
  type CellOutcome,
  type PhaseMapGeometry,
  type PhaseMapInput,
} from '../../viz/phaseMap';

/** Props of PhaseMapChart. */
export interface PhaseMapChartProps {
  readonly map: PhaseMapInput;
  readonly geometry: PhaseMapGeometry;
  readonly version: VersionId;
  /** Id prefix of the figure's pattern defs. */
  readonly patternPrefix: string;
  /** Accessible name of cell `index` in `version`'s chart ("0a8704a51 at offset 512, …: wrong"). */
  readonly cellName: (version: VersionId, index: number) => string;
  /** The pointer or focus is on cell `index` (null: left the chart). */
  readonly onPoint: (version: VersionId, index: number | null, anchor: Element | null) => void;
  readonly onActivate: (version: VersionId, index: number) => void;
}

const OUTCOMES: readonly CellOutcome[] = ['right', 'wrong', 'bug'];
const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** The chart (memoised: it only re-renders when its map or version changes). */
export const PhaseMapChart = memo(function PhaseMapChart({
  map,
  geometry: g,
  version,
  patternPrefix,
  cellName,
  onPoint,
  onActivate,
}: PhaseMapChartProps) {
  const { t } = useTranslation('search');
  const [active, setActive] = useState(() => g.cells[0]?.index ?? 0);
  const svg = useRef<SVGSVGElement>(null);
  const paths = useMemo(() => {
    const groups = cellsByOutcome(g, map, version);
    return OUTCOMES.map((o) => ({ outcome: o, d: rectsPath(groups[o]) }));
  }, [g, map, version]);
  const counts = useMemo(() => outcomeCounts(map, version), [map, version]);
  const cellOf = useMemo(() => new Map(g.cells.map((c) => [c.index, c])), [g]);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = cellOf.get(active);
    if (!at || !ARROWS.has(e.key)) return;
    const next = neighbourCell(g, at.row, at.col, e.key as 'ArrowLeft');
    e.preventDefault();
    if (next === null) return;
    setActive(next);
    const el = svg.current?.querySelector<SVGRectElement>(`[data-index="${next}"]`);
    el?.focus();
  };

  const indexOf = (el: EventTarget | null): number | null => {
    const v = el instanceof Element ? el.getAttribute('data-index') : null;
    return v === null ? null : Number(v);
  };

  const total = g.cells.length;
  return (
    <figure className="pm-chart">
      <figcaption>
        <span className="commit">{version}</span>{' '}
        <span className="pm-counts">{t('phase.counts', { ...counts, total })}</span>
      </figcaption>
      <svg
        ref={svg}
        className="pm-svg"
        style={{ width: g.width }}
        viewBox={`0 0 ${g.width} ${g.height}`}
        role="group"
        aria-label={t('phase.chart', { version, wrong: counts.wrong, total, bug: counts.bug })}
        onKeyDown={onKeyDown}
        onPointerOver={(e) => {
          const i = indexOf(e.target);
          if (i !== null) onPoint(version, i, e.target as Element);
        }}
        onPointerLeave={() => onPoint(version, null, null)}
      >
        {paths.map(({ outcome, d }) => {
          const paint = OUTCOME_PAINT[outcome];
          return (
            <g key={outcome} className={paint.className}>
              <path d={d} fill={paint.fill} />
              {paint.pattern && <path d={d} fill={`url(#${patternPrefix}-${paint.pattern})`} />}
            </g>
          );
        })}
        <rect
          className="pm-frame"
          x={g.plot.x}
          y={g.plot.y}
          width={g.plot.width}
          height={g.plot.height}
        />
        <g className="pm-axis" aria-hidden="true">
          {g.hTicks.map((t) => (
            <g key={t.value} transform={`translate(${t.pos},${g.plot.y + g.plot.height})`}>
              <line y2={4} />
              <text y={15} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          <text
            className="pm-axis-title"
            x={g.plot.x + g.plot.width / 2}
            y={g.height - 4}
            textAnchor="middle"
          >
            {g.hLabel} →
          </text>
          {g.vTicks.map((t) => (
            <g key={t.value} transform={`translate(${g.plot.x},${t.pos})`}>
              <line x2={-4} />
              <text x={-7} dy="0.32em" textAnchor="end">
                {t.label}
              </text>
            </g>
          ))}
          {/* Horizontal, above the plot: a rotated title would not fit a plot 8 rows high. */}
          <text className="pm-axis-title" x={2} y={12}>
            ↓ {g.vLabel}
          </text>
        </g>
        <g className="pm-hits">
          {g.cells.map((c) => (
            <rect
              key={c.index}
              data-index={c.index}
              className="pm-cell"
              x={c.x}
              y={c.y}
              width={c.width}
              height={c.height}
              role="button"
              tabIndex={c.index === active ? 0 : -1}
              aria-label={cellName(version, c.index)}
              onFocus={(e) => {
                setActive(c.index);
                onPoint(version, c.index, e.currentTarget);
              }}
              onBlur={() => onPoint(version, null, null)}
              onClick={() => onActivate(version, c.index)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onActivate(version, c.index);
                }
              }}
            />
          ))}
        </g>
      </svg>
    </figure>
  );
});
