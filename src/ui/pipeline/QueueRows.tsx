// Rows 2-4: the bio_vec boxes, the scatterlist entries built so far (which bio_vecs joined each,
// and why each entry started), and the ring request segments filled so far.
import { useTranslation } from 'react-i18next';
import { memo } from 'react';
import type { KernelConfig } from '../../model';
import type { RingSegment } from '../../model/stages/ringSegments';
import type { Bvec } from '../../model/stages/bvec';
import type { Box, Span } from '../../viz/geometry';
import { bvecBoxLines, segmentBoxLines, sgBoxLines } from '../../viz/labels';
import type { PipelineLayout } from '../../viz/pipelineLayout';
import type { SgSoFar } from '../../viz/progress';
import { inWindow } from '../../viz/zoomFit';
import { TextBox } from './TextBox';

/** Props of QueueRows. */
export interface QueueRowsProps {
  readonly layout: PipelineLayout;
  readonly kernel: KernelConfig;
  /** The request's bio_vecs, or null before the bio is built. */
  readonly bvecs: readonly Bvec[] | null;
  readonly sg: readonly SgSoFar[];
  /** All the request's ring segments; the first `segmentCount` are drawn. */
  readonly segments: readonly RingSegment[];
  readonly segmentCount: number;
  readonly activeBvec: number | null;
  readonly activeSg: number | null;
  readonly activeSegment: number | null;
  /** The step's type and segment, to fade in what it created. */
  readonly stepType: string | null;
  readonly stepSegment: number | null;
  /** Draw dashed outlines where later boxes will appear (false once the request failed). */
  readonly ghosts: boolean;
  /** Vertical offsets of the three rows while the layout transitions. */
  readonly dyBvecs: number;
  readonly dySg: number;
  readonly dySegments: number;
  /** Content x-range worth drawing (the rest is far off screen). */
  readonly win: Span;
}

/** Dashed outlines where boxes will appear, so the request's shape is visible from the start. */
function Ghosts(props: {
  readonly boxes: readonly Box[];
  readonly from: number;
  readonly win: Span;
}) {
  return (
    <g aria-hidden="true">
      {props.boxes.map((b, i) =>
        i < props.from || !inWindow(props.win, b.x, b.x + b.w) ? null : (
          <rect key={i} x={b.x} y={b.y} width={b.w} height={b.h} rx="4" className="pv-ghost" />
        ),
      )}
    </g>
  );
}

const activeClass = (active: boolean) => (active ? 'pv-active' : '');

function QueueRowsImpl(props: QueueRowsProps) {
  const { layout, kernel, bvecs, sg, segments, segmentCount, stepType, stepSegment, win } = props;
  const { t } = useTranslation('pipeline');
  const shown = (b: Box) => inWindow(win, b.x, b.x + b.w);
  const bold = ['pv-strong'];
  return (
    <>
      <g className="pv-row pv-row-bvecs" transform={`translate(0,${props.dyBvecs})`}>
        {!bvecs && props.ghosts && (
          <Ghosts boxes={layout.bvecs.map((b) => b.box)} from={0} win={win} />
        )}
        {bvecs?.map(
          (bv, i) =>
            shown(layout.bvecs[i]!.box) && (
              <TextBox
                key={i}
                box={layout.bvecs[i]!.box}
                lines={bvecBoxLines(i, bv)}
                lineClasses={bold}
                className={activeClass(props.activeBvec === i)}
                entering={stepType === 'bio-built'}
                title={t('queue.bvec', {
                  index: i,
                  length: bv.length,
                  offset: bv.offset,
                  page: bv.page,
                })}
              />
            ),
        )}
      </g>
      <g className="pv-row pv-row-sg" transform={`translate(0,${props.dySg})`}>
        {props.ghosts && <Ghosts boxes={layout.sg} from={sg.length} win={win} />}
        {sg.map(
          (e) =>
            shown(layout.sg[e.segment]!) && (
              <TextBox
                key={e.segment}
                box={layout.sg[e.segment]!}
                lines={sgBoxLines(e.segment, e, e.bvecs, e.because, kernel)}
                lineClasses={['pv-strong', undefined, 'pv-why']}
                className={activeClass(props.activeSg === e.segment)}
                entering={stepType === 'sg-new' && stepSegment === e.segment}
                title={t('queue.sg', {
                  index: e.segment,
                  length: e.length,
                  offset: e.offset,
                  page: e.page,
                  bvecs: e.bvecs
                    .map((b) => t('queue.bvecRef', { index: b }))
                    .join(t('queue.separator')),
                  why: t(`because.${e.because}`, {
                    size: kernel.maxSegmentSize,
                    boundary: kernel.segmentBoundaryMask + 1,
                  }),
                })}
              />
            ),
        )}
      </g>
      <g className="pv-row pv-row-segments" transform={`translate(0,${props.dySegments})`}>
        {props.ghosts && <Ghosts boxes={layout.segments} from={segmentCount} win={win} />}
        {segments.slice(0, segmentCount).map(
          (s, k) =>
            shown(layout.segments[k]!) && (
              <TextBox
                key={k}
                box={layout.segments[k]!}
                lines={segmentBoxLines(k, s.gref, s.firstSect, s.lastSect)}
                lineClasses={bold}
                className={activeClass(props.activeSegment === k)}
                entering={stepType === 'ring-segment' && stepSegment === k}
                title={t('queue.segment', {
                  index: k,
                  gref: s.gref,
                  first: s.firstSect,
                  last: s.lastSect,
                  firstByte: s.firstSect * 512,
                  lastByte: (s.lastSect + 1) * 512 - 1,
                })}
              />
            ),
        )}
      </g>
    </>
  );
}

/** The bio_vec, scatterlist and ring segment rows. */
export const QueueRows = memo(QueueRowsImpl);
