// The pipeline view: for the request at the current step, the process buffer, bio_vecs,
// scatterlist, ring segments, grant pages and one completion lane per version, top to bottom,
// with the step's action animated (a copy's ribbon, the backend's arrow, a new sg entry).
// Geometry comes from src/viz, memoised per (scenario, request, focus, pane width); the step only
// changes what is revealed and how cells are coloured. React renders every SVG element; d3-zoom
// (useZoom) only reports the pan/zoom transform.
import { useTranslation } from 'react-i18next';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  type ByteSelection,
  selectDivergence,
  selectFocus,
  selectSim,
  selectStep,
} from '../../state/explorerStore';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { describeStepMessage } from '../../viz/describeStep';
import { useMessageText } from '../../i18n/messageText';
import { layoutSubject, type SubjectLayout } from '../../viz/layoutSubject';
import { requestProgress } from '../../viz/progress';
import { rowOffsets } from '../../viz/rows';
import { buildScene } from '../../viz/scene';
import { subjectAtStep, type PipelineSubject } from '../../viz/subject';
import { transitionMs } from '../../viz/tween';
import {
  baseScale,
  drawnWindow,
  followTransform,
  magnify,
  scaleExtent,
  startTransform,
} from '../../viz/zoomFit';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';
import { PipelineCaption } from './PipelineCaption';
import { PipelineLegend } from './PipelineLegend';
import { RequestDrawing } from './RequestDrawing';
import { EinvalView } from './EinvalView';
import { PatternDefs } from './PatternDefs';
import { usePaneWidth } from './usePaneWidth';
import { TweenContext, useClockValue, useTweenClock } from './tweenClock';
import { useZoom } from './useZoom';
import { ZoomControls } from './ZoomControls';
import type { RowOffsets } from './Links';
import './pipeline.css';

const NO_OFFSETS: RowOffsets = new Map();
const selectSpeed = (s: { speed: number }) => s.speed;

/** The subject's identity as primitives, so the layout memo ignores the step. */
function subjectId(s: PipelineSubject): readonly [PipelineSubject['kind'], number] {
  return [s.kind, s.kind === 'request' ? s.request : s.kind === 'einval' ? s.op : -1];
}

/** The pipeline view (no props: it reads the explorer store). */
export function PipelineView() {
  const { t } = useTranslation('pipeline');
  const describeText = useMessageText('pipeline', 'describe');
  const sim = useExplorer(selectSim);
  const step = useExplorer(selectStep);
  const focus = useExplorer(selectFocus);
  const speed = useExplorer(selectSpeed);
  const divergence = useExplorer(selectDivergence);
  const store = useExplorerStore();
  const reducedMotion = usePrefersReducedMotion();
  const paneRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const viewW = usePaneWidth(paneRef);
  // Wide panes (projectors) draw a narrower layout magnified, so text grows with the screen.
  const base = baseScale(viewW);
  const layoutW = Math.round(viewW / base);
  const prefix = `pv${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  const subject = useMemo(() => subjectAtStep(sim, step), [sim, step]);
  const [kind, id] = subjectId(subject);
  const layout: SubjectLayout = useMemo(() => {
    const s: PipelineSubject =
      kind === 'request'
        ? { kind, request: id, phase: 'active' }
        : kind === 'einval'
          ? { kind, op: id, reason: null }
          : { kind: 'empty' };
    return layoutSubject(sim, s, focus, layoutW);
  }, [sim, kind, id, focus, layoutW]);
  const progress = useMemo(() => requestProgress(sim, subject, step), [sim, subject, step]);
  const scene = useMemo(
    () =>
      layout.kind === 'request' && progress ? buildScene(sim, layout, progress, focus, step) : null,
    [sim, layout, progress, focus, step],
  );

  // Transition: the clock runs 0 -> 1 after every step or layout change (instant under reduced
  // motion). Only animating parts subscribe; this component does so only while rows slide
  // between two layouts.
  const tweenKey = `${layout.key}|${step}`;
  const clock = useTweenClock(tweenKey, transitionMs(speed, reducedMotion));
  const [layouts, setLayouts] = useState({ prev: layout, cur: layout });
  if (layouts.cur !== layout) setLayouts({ prev: layouts.cur, cur: layout });
  const prev = layouts.cur === layout ? layouts.prev : layouts.cur;
  const sliding = prev !== layout && prev.kind === 'request' && layout.kind === 'request';
  const slide = useClockValue(clock, sliding, tweenKey);
  // The slide is over: forget the previous layout, so nothing keeps re-rendering per frame.
  if (sliding && slide >= 1) setLayouts({ prev: layout, cur: layout });
  const offsets = useMemo(
    () =>
      sliding && prev.kind === 'request' && layout.kind === 'request'
        ? rowOffsets(prev.rows, layout.rows, slide)
        : NO_OFFSETS,
    [sliding, slide, prev, layout],
  );

  // Zoom: start legible with the action in view; follow the action as steps change.
  const active = scene?.active.span ?? null;
  const home = useMemo(
    () => magnify(startTransform(layout.width, layoutW, active), base),
    [layout.width, layoutW, active, base],
  );
  const [minScale, maxScale] = scaleExtent(layout.width, viewW, base);
  const viewH = Math.ceil(layout.height * home.k);
  const zoom = useZoom(svgRef, {
    minScale,
    maxScale,
    contentWidth: layout.width,
    contentHeight: layout.height,
    viewWidth: viewW,
    viewHeight: viewH,
    home,
  });
  const { zoomTo, getTransform } = zoom;
  // A new layout (request, focus, pane width or scenario) starts from the home view.
  const shownLayout = useRef<SubjectLayout | null>(null);
  useEffect(() => {
    if (shownLayout.current !== layout) {
      shownLayout.current = layout;
      zoomTo(home);
    } else if (active) {
      const now = getTransform();
      const next = followTransform(now, active, viewW, layout.width);
      if (next !== now) zoomTo(next);
    }
  }, [layout, viewW, active, home, zoomTo, getTransform]);

  // Tests and benchmarks read whether a transition is running from the DOM; set it imperatively
  // so that the per-frame clock never re-renders this component.
  useEffect(() => {
    const mark = () => svgRef.current?.setAttribute('data-animating', String(clock.get() < 1));
    mark();
    return clock.subscribe(mark);
  }, [clock]);

  const onSelect = useCallback(
    (version: ByteSelection['version'], page: number, offset: number) =>
      store.getState().inspectByte({ version, page, offset }),
    [store],
  );

  const { transform } = zoom;
  const labelX = Math.max(12, -transform.x / transform.k + 12);
  const raw = drawnWindow(transform, viewW, layout.width);
  const win = useMemo(() => ({ x0: raw.x0, x1: raw.x1 }), [raw.x0, raw.x1]);
  const label =
    subject.kind === 'einval' && subject.reason
      ? t('view.einvalLabel', {
          op: subject.op,
          call: sim.scenario.ops[subject.op]?.op ?? 'op',
          reason: subject.reason,
        })
      : describeText(describeStepMessage(sim, step, focus));

  return (
    <div className="pv">
      <div className="pv-toolbar">
        <PipelineCaption sim={sim} subject={subject} step={step} divergence={divergence} />
        <ZoomControls
          scale={transform.k}
          onZoomIn={() => zoom.zoomBy(1.25)}
          onZoomOut={() => zoom.zoomBy(0.8)}
          onFitAll={() => zoomTo({ k: minScale, x: 0, y: 0 })}
          onReset={zoom.resetZoom}
        />
      </div>
      {progress?.failure && <p className="pv-alert">{progress.failure.message}</p>}
      <div className="pv-pane" ref={paneRef}>
        <svg
          ref={svgRef}
          className="pv-svg"
          role="img"
          aria-label={label}
          data-animating="false"
          width={viewW}
          height={viewH}
        >
          <PatternDefs prefix={prefix} />
          <rect className="pv-hit" width="100%" height="100%" />
          <g transform={`translate(${transform.x},${transform.y}) scale(${transform.k})`}>
            <TweenContext.Provider value={clock}>
              {layout.kind === 'request' && scene && progress && (
                <RequestDrawing
                  sim={sim}
                  layout={layout}
                  scene={scene}
                  progress={progress}
                  focus={focus}
                  step={step}
                  divergence={divergence}
                  offsets={offsets}
                  labelX={labelX}
                  patternPrefix={prefix}
                  win={win}
                  onSelect={onSelect}
                />
              )}
              {layout.kind === 'einval' && subject.kind === 'einval' && (
                <EinvalView
                  layout={layout}
                  reason={subject.reason}
                  patternPrefix={prefix}
                  labelX={labelX}
                />
              )}
              {layout.kind === 'empty' && (
                <text x={12} y={30} className="pv-muted">
                  {t('view.empty')}
                </text>
              )}
            </TweenContext.Provider>
          </g>
        </svg>
      </div>
      <PipelineLegend />
    </div>
  );
}
