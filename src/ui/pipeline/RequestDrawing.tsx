// Everything drawn for one request at one step, in paint order: headings, links and ribbons
// (under), the six bands, then the outlines of the cells the current copy reads and writes (over).
import { useTranslation } from 'react-i18next';
import type { Simulation, VersionId } from '../../model';
import type { Span } from '../../viz/geometry';
import type { PipelineLayout } from '../../viz/pipelineLayout';
import type { RequestFailure, RequestProgress } from '../../viz/progress';
import type { RibbonScene, PipelineScene } from '../../viz/scene';
import { BufferRow } from './BufferRow';
import { GrantRow } from './GrantRow';
import { LaneRows } from './LaneRows';
import { CopyMarks, MotionLinks, type RowOffsets, StaticLinks } from './Links';
import { QueueRows } from './QueueRows';
import { RowTitles } from './RowTitles';

/** Props of RequestDrawing. */
export interface RequestDrawingProps {
  readonly sim: Simulation;
  readonly layout: PipelineLayout;
  readonly scene: PipelineScene;
  readonly progress: RequestProgress;
  readonly focus: VersionId;
  readonly step: number;
  /** First step where the versions disagree (store: run.divergence). */
  readonly divergence: number | null;
  readonly offsets: RowOffsets;
  readonly labelX: number;
  readonly patternPrefix: string;
  /** Content x-range worth drawing. */
  readonly win: Span;
  readonly onSelect: (version: VersionId, page: number, offset: number) => void;
}

/** One request's pipeline at one step. */
export function RequestDrawing(props: RequestDrawingProps) {
  const { t } = useTranslation('pipeline');
  const { sim, layout, scene, progress, focus, step, divergence, offsets } = props;
  const { labelX, patternPrefix, win } = props;
  const s = progress.step;
  const stepType = progress.phase === 'active' && s ? s.type : null;
  const stepSegment = stepType && s && 'segment' in s ? s.segment : null;
  const sgJoin =
    s && (s.type === 'sg-new' || s.type === 'sg-merge') && progress.phase === 'active'
      ? { bvec: s.bvec, segment: s.segment, entry: progress.record.sg[s.segment]! }
      : null;
  const transfer = stepType === 'backend-transfer' ? stepSegment : null;
  const ghosts = progress.failure === null && progress.phase !== 'finished';
  const ribbons = scene.lanes.map((l) => l.ribbon).filter((r): r is RibbonScene => r !== null);
  const dy = (row: Parameters<RowOffsets['get']>[0]) => offsets.get(row) ?? 0;
  const divergenceNote =
    divergence === null ? null : step === divergence ? (
      <tspan className="pv-diverge-badge">{t('caption.divergeBadge')}</tspan>
    ) : step > divergence ? (
      <tspan className="pv-diverge-note">{t('caption.diverged', { step: divergence })}</tspan>
    ) : null;
  return (
    <>
      <StaticLinks
        layout={layout}
        offsets={offsets}
        bvecsBuilt={progress.bvecsBuilt}
        entries={progress.record.sg}
        joined={progress.sg.reduce((n, e) => n + e.bvecs.length, 0)}
        transferred={progress.transferred.size}
        skipBvec={sgJoin?.bvec ?? null}
        skipTransfer={transfer}
        win={win}
      />
      <MotionLinks
        layout={layout}
        offsets={offsets}
        sgJoin={sgJoin}
        transfer={transfer}
        ribbons={ribbons}
        focus={focus}
        patternPrefix={patternPrefix}
      />
      <RowTitles
        rows={layout.rows}
        offsets={offsets}
        labelX={labelX}
        extra={{ lanes: divergenceNote }}
        drawing="request"
        focus={focus}
      />
      <g transform={`translate(0,${dy('buffer')})`}>
        <BufferRow
          layout={layout}
          covered={layout.covered}
          bvecsBuilt={progress.bvecsBuilt}
          activeBvec={scene.active.bvec}
          patternPrefix={patternPrefix}
          win={win}
        />
      </g>
      <QueueRows
        layout={layout}
        kernel={sim.scenario.kernel}
        bvecs={progress.bvecsBuilt ? progress.record.bvecs : null}
        sg={progress.sg}
        segments={progress.record.segments}
        segmentCount={progress.ringSegments}
        activeBvec={scene.active.bvec}
        activeSg={scene.active.sg}
        activeSegment={scene.active.segment}
        stepType={stepType}
        stepSegment={stepSegment}
        dyBvecs={dy('bvecs')}
        dySg={dy('sg')}
        dySegments={dy('segments')}
        ghosts={ghosts}
        win={win}
      />
      <g transform={`translate(0,${dy('grants')})`}>
        <GrantRow
          layout={layout}
          grants={scene.grants}
          record={progress.record}
          focus={focus}
          activeSegment={scene.active.segment}
          stepType={stepType}
          patternPrefix={patternPrefix}
          ghosts={ghosts}
          win={win}
        />
      </g>
      <g transform={`translate(0,${dy('lanes')})`}>
        <LaneRows
          layout={layout}
          lanes={scene.lanes}
          labelX={labelX}
          patternPrefix={patternPrefix}
          onSelect={props.onSelect}
          win={win}
        />
      </g>
      <CopyMarks layout={layout} offsets={offsets} ribbons={ribbons} focus={focus} />
      {progress.failure && progress.failure.kind !== 'backend' && (
        <MissingStageNote layout={layout} failure={progress.failure} labelX={labelX} />
      )}
    </>
  );
}

/** Where a stage never happened, a line in its band saying why. */
function MissingStageNote(props: {
  readonly layout: PipelineLayout;
  readonly failure: RequestFailure;
  readonly labelX: number;
}) {
  const { layout, failure, labelX } = props;
  const { t } = useTranslation('pipeline');
  const row = layout.rows.find((r) => r.id === (failure.kind === 'rejected' ? 'sg' : 'segments'));
  if (!row) return null;
  const text =
    failure.kind === 'rejected' ? t('view.rejected') : t('view.noRing', { bug: failure.message });
  return (
    <text x={labelX} y={row.y + 40} className="pv-bad-text">
      {text}
    </text>
  );
}
