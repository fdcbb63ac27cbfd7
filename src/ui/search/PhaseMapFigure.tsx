// One phase map: a title and what it shows, a legend, one small multiple per version, a tooltip
// with the layout and every version's outcome for the cell under the pointer or focus, and a
// table of outcome counts (the text alternative). Clicking a cell loads its layout.
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VERSION_IDS, type VersionId } from '../../model';
import type { PhaseMap } from '../../model/search';
import { useExplorerStore } from '../../state/StoreContext';
import {
  OUTCOME_PAINT,
  outcomeCounts,
  phaseMapGeometry,
  type CellOutcome,
} from '../../viz/phaseMap';
import { PatternDefs } from '../pipeline/PatternDefs';
import { loadInExplorer } from './loadInExplorer';
import { PhaseMapChart } from './PhaseMapChart';

/** Props of PhaseMapFigure. */
export interface PhaseMapFigureProps {
  readonly map: PhaseMap;
  readonly onLoaded: () => void;
}

/** The dotted texture for BUG cells, beside the pipeline's own patterns. */
function BugPattern({ prefix }: { readonly prefix: string }) {
  return (
    <pattern id={`${prefix}-bug`} width="4" height="4" patternUnits="userSpaceOnUse">
      <circle cx="2" cy="2" r="0.9" className="pm-pat-bug-dot" />
    </pattern>
  );
}

/** A legend swatch painted like a cell. */
function Swatch({ outcome, prefix }: { readonly outcome: CellOutcome; readonly prefix: string }) {
  const paint = OUTCOME_PAINT[outcome];
  return (
    <svg className="pm-swatch" viewBox="0 0 18 12" aria-hidden="true">
      <rect width="18" height="12" fill={paint.fill} />
      {paint.pattern && <rect width="18" height="12" fill={`url(#${prefix}-${paint.pattern})`} />}
    </svg>
  );
}

/** Half the tooltip's widest (search.css: 28rem), in px: closer to an edge, it grows inwards. */
const TIP_EDGE = 230;

interface Pointed {
  readonly version: VersionId;
  readonly index: number;
  readonly left: number;
  readonly top: number;
  /** Which part of the tooltip sits at `left`: near an edge it grows away from that edge. */
  readonly align: 'start' | 'middle' | 'end';
}

/** The figure. */
export function PhaseMapFigure({ map: modelMap, onLoaded }: PhaseMapFigureProps) {
  const explorer = useExplorerStore();
  const { t } = useTranslation('search');
  const headingId = useId();
  const prefix = `pm${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // The model's map with its title and axis labels in the interface language (by map kind).
  const map = useMemo(
    () => ({
      ...modelMap,
      title: t(`phase.maps.${modelMap.kind}.title`),
      xLabel: t(`phase.maps.${modelMap.kind}.xLabel`),
      yLabel: t(`phase.maps.${modelMap.kind}.yLabel`),
    }),
    [modelMap, t],
  );
  const geometry = useMemo(() => phaseMapGeometry(map), [map]);
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const box = useRef<HTMLDivElement>(null);

  const layoutText = useCallback(
    (index: number) => {
      const c = map.cells[index]!;
      return t('phase.layout', {
        x: t(`phase.maps.${map.kind}.xName`),
        xValue: c.x,
        y: t(`phase.maps.${map.kind}.yName`),
        yValue: c.y,
      });
    },
    [map, t],
  );
  const outcomeWord = useCallback((o: CellOutcome) => t(`phase.outcome.${o}`), [t]);
  const cellName = useCallback(
    (version: VersionId, index: number) =>
      t('phase.cell', {
        version,
        layout: layoutText(index),
        outcome: outcomeWord(map.cells[index]!.outcome[version]),
      }),
    [map, layoutText, outcomeWord, t],
  );
  const onPoint = useCallback(
    (version: VersionId, index: number | null, anchor: Element | null) => {
      if (index === null || !anchor || !box.current) {
        setPointed(null);
        return;
      }
      const a = anchor.getBoundingClientRect();
      const b = box.current.getBoundingClientRect();
      const left = a.left - b.left + a.width / 2;
      const align = left < TIP_EDGE ? 'start' : left > b.width - TIP_EDGE ? 'end' : 'middle';
      setPointed({ version, index, left, top: a.bottom - b.top, align });
    },
    [],
  );
  const onActivate = useCallback(
    (version: VersionId, index: number) => {
      if (loadInExplorer(explorer, map.cells[index]!.scenario, version)) onLoaded();
    },
    [explorer, map, onLoaded],
  );

  const cell = pointed ? map.cells[pointed.index] : undefined;
  return (
    <section className="pm-figure pv" aria-labelledby={headingId}>
      <h3 id={headingId}>{map.title}</h3>
      <p className="pm-description">{t(`phase.maps.${map.kind}.description`)}</p>
      <svg width="0" height="0" className="pm-defs" aria-hidden="true">
        <PatternDefs prefix={prefix} />
        <defs>
          <BugPattern prefix={prefix} />
        </defs>
      </svg>
      <ul className="pm-legend" aria-label={t('phase.legend')}>
        {(['right', 'wrong', 'bug'] as const).map((o) => (
          <li key={o}>
            <Swatch outcome={o} prefix={prefix} />
            {t(`phase.legendWords.${o}`)}
          </li>
        ))}
        <li className="pm-hint">{t('phase.hint')}</li>
      </ul>
      <div className="pm-charts" ref={box}>
        {VERSION_IDS.map((v) => (
          <PhaseMapChart
            key={v}
            map={map}
            geometry={geometry}
            version={v}
            patternPrefix={prefix}
            cellName={cellName}
            onPoint={onPoint}
            onActivate={onActivate}
          />
        ))}
        {pointed && cell && (
          <div
            className={`pm-tooltip is-${pointed.align}`}
            role="tooltip"
            style={{ left: pointed.left, top: pointed.top }}
          >
            <p className="pm-tooltip-layout">{layoutText(pointed.index)}</p>
            <p className="pm-tooltip-bvecs">
              <code>{cell.layout}</code>
              {cell.requests > 1 ? t('phase.requests', { n: cell.requests }) : ''}
            </p>
            <ul>
              {VERSION_IDS.map((v) => (
                <li key={v} className={`pm-tip-${cell.outcome[v]}`}>
                  <span className="commit">{v}</span> {outcomeWord(cell.outcome[v])}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <table className="pm-summary">
        <caption>{t('phase.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('phase.version')}</th>
            <th scope="col" className="number">
              {t('phase.right')}
            </th>
            <th scope="col" className="number">
              {t('phase.wrong')}
            </th>
            <th scope="col" className="number">
              {t('phase.bug')}
            </th>
          </tr>
        </thead>
        <tbody>
          {VERSION_IDS.map((v) => {
            const n = outcomeCounts(map, v);
            return (
              <tr key={v}>
                <th scope="row">{v}</th>
                <td className="number">{n.right}</td>
                <td className="number">{n.wrong}</td>
                <td className="number">{n.bug}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
