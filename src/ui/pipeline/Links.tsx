// The lines between stages: bracket -> bio_vec box, bio_vec -> the scatterlist entry it joined,
// disk pill -> grant (the backend's transfer), and the completion ribbons grant -> buffer.
// StaticLinks holds what already happened (memoised); MotionLinks draws what this step does,
// grown by the transition progress, and is the only part that re-renders every frame.
import { memo } from 'react';
import { useMessageText } from '../../i18n/messageText';
import { laneIterationMessage } from '../../viz/describeStep';
import type { PipelineLayout } from '../../viz/pipelineLayout';
import type { SgEntry } from '../../model/stages/mapSg';
import { arrowPaths, connectorPath, ribbonPath } from '../../viz/ribbon';
import type { RowId } from '../../viz/rows';
import type { RibbonScene } from '../../viz/scene';
import { ribbonProgress } from '../../viz/tween';
import type { Span } from '../../viz/geometry';
import { inWindow } from '../../viz/zoomFit';
import { patternId } from './PatternDefs';
import { useTween } from './tweenClock';

/** Vertical offset of each row while the layout transitions (empty map: none). */
export type RowOffsets = ReadonlyMap<RowId, number>;

const dy = (offsets: RowOffsets, row: RowId) => offsets.get(row) ?? 0;

/** The connector from bio_vec `b` to the scatterlist entry box it joins (its final shape). */
function sgLink(
  layout: PipelineLayout,
  offsets: RowOffsets,
  b: number,
  entry: { readonly bvecs: readonly number[] },
  segment: number,
) {
  const from = layout.bvecs[b]!.box;
  const to = layout.sg[segment]!;
  // Several bio_vecs joining one entry land side by side on its top edge.
  const n = entry.bvecs.length;
  const slot = entry.bvecs.indexOf(b);
  const x = to.x + (to.w * (slot + 1)) / (n + 1);
  return {
    from: { x: from.x + from.w / 2, y: from.y + from.h + dy(offsets, 'bvecs') },
    to: { x, y: to.y + dy(offsets, 'sg') },
  };
}

/** The backend arrow of segment slot `i`: disk pill down to the marker over its cells. */
function backendArrow(layout: PipelineLayout, offsets: RowOffsets, i: number, t: number) {
  const g = layout.grants[i]!;
  if (!g.pill || !g.marker) return null;
  const off = dy(offsets, 'grants');
  const x = (g.marker.x0 + g.marker.x1) / 2;
  return arrowPaths(x, g.pill.y + g.pill.h + off, layout.grantRow.markerY - 1 + off, t);
}

/** Props of StaticLinks (primitives and per-request values, so it re-renders rarely). */
export interface StaticLinksProps {
  readonly layout: PipelineLayout;
  readonly offsets: RowOffsets;
  readonly bvecsBuilt: boolean;
  /** The request's final scatterlist (which bio_vecs each entry holds). */
  readonly entries: readonly SgEntry[];
  /** How many bio_vecs have joined an entry so far (they join in order). */
  readonly joined: number;
  /** How many segments the backend has transferred so far (in order). */
  readonly transferred: number;
  /** Links this step creates are drawn by MotionLinks instead. */
  readonly skipBvec: number | null;
  readonly skipTransfer: number | null;
  /** Content x-range worth drawing (the rest is far off screen). */
  readonly win: Span;
}

function StaticLinksImpl(props: StaticLinksProps) {
  const { layout, offsets, bvecsBuilt, entries, joined, transferred, skipBvec, skipTransfer } =
    props;
  const shown = (a: number, b: number) => inWindow(props.win, Math.min(a, b), Math.max(a, b));
  const labelBottom = (i: number) => layout.bvecs[i]!.labelY + 4 + dy(offsets, 'buffer');
  return (
    <g className="pv-links" aria-hidden="true">
      {bvecsBuilt &&
        layout.bvecs.map(
          (b) =>
            shown(b.span.x0, b.box.x + b.box.w) && (
              <path
                key={`b${b.index}`}
                d={connectorPath(
                  { x: (b.span.x0 + b.span.x1) / 2, y: labelBottom(b.index) },
                  { x: b.box.x + b.box.w / 2, y: b.box.y + dy(offsets, 'bvecs') },
                )}
              />
            ),
        )}
      {entries.flatMap((entry, k) =>
        entry.bvecs
          .filter((b) => b < joined && b !== skipBvec)
          .map((b) => {
            const { from, to } = sgLink(layout, offsets, b, entry, k);
            return shown(from.x, to.x) && <path key={`s${b}`} d={connectorPath(from, to)} />;
          }),
      )}
      {layout.grants.map((g, i) => {
        if (g.stale || g.slot >= transferred || g.slot === skipTransfer) return null;
        if (!shown(g.x, g.x + layout.grid.stripW)) return null;
        const arrow = backendArrow(layout, offsets, i, 1);
        return (
          arrow && (
            <g key={`t${g.slot}`} className="pv-arrow">
              <path d={arrow.shaft} />
              <path d={arrow.head} className="pv-arrow-head" />
            </g>
          )
        );
      })}
    </g>
  );
}

/** Links for what already happened. */
export const StaticLinks = memo(StaticLinksImpl);

/** Props of MotionLinks. */
export interface MotionLinksProps {
  readonly layout: PipelineLayout;
  readonly offsets: RowOffsets;
  /** The bio_vec this step adds to a scatterlist entry, and that entry's final shape. */
  readonly sgJoin: {
    readonly bvec: number;
    readonly segment: number;
    readonly entry: { readonly bvecs: readonly number[] };
  } | null;
  /** The segment whose backend transfer happens at this step. */
  readonly transfer: number | null;
  readonly ribbons: readonly RibbonScene[];
  readonly focus: string;
  readonly patternPrefix: string;
}

/** What this step does, drawn to progress t: ribbons, the transfer arrow, the sg connector. */
export function MotionLinks(props: MotionLinksProps) {
  // Ribbon tooltips are messages (viz/describeStep.ts), worded under `describe.`.
  const say = useMessageText('pipeline', 'describe');
  const { layout, offsets, sgJoin, transfer, ribbons, focus, patternPrefix } = props;
  const t = useTween(ribbons.length > 0 || sgJoin !== null || transfer !== null);
  const link = sgJoin ? sgLink(layout, offsets, sgJoin.bvec, sgJoin.entry, sgJoin.segment) : null;
  const grow = ribbonProgress(t);
  const transferIndex =
    transfer === null ? -1 : layout.grants.findIndex((g) => g.slot === transfer);
  const arrow = transferIndex >= 0 ? backendArrow(layout, offsets, transferIndex, grow) : null;
  return (
    <g className="pv-motion">
      {ribbons.map((r) => {
        const src = { ...r.src, y: r.src.y + dy(offsets, 'grants') };
        const dst = { ...r.dst, y: r.dst.y + dy(offsets, 'lanes') };
        const d = ribbonPath(src, dst, grow);
        const cls = `pv-ribbon ${r.wrong ? 'pv-ribbon-wrong' : 'pv-ribbon-right'}${r.version === focus ? ' pv-focused' : ''}`;
        return (
          <g key={r.version} className={cls}>
            <title>{say(laneIterationMessage(r.version, r.copy))}</title>
            <path d={d} className="pv-ribbon-fill" />
            {r.wrong && <path d={d} fill={`url(#${patternId(patternPrefix, 'wrong')})`} />}
            <path d={d} className="pv-ribbon-edge" />
          </g>
        );
      })}
      {arrow && (
        <g className="pv-arrow pv-active">
          <path d={arrow.shaft} />
          <path d={arrow.head} className="pv-arrow-head" />
        </g>
      )}
      {link && <path className="pv-links pv-active" d={connectorPath(link.from, link.to, grow)} />}
    </g>
  );
}

/** Props of CopyMarks. */
export interface CopyMarksProps {
  readonly layout: PipelineLayout;
  readonly offsets: RowOffsets;
  readonly ribbons: readonly RibbonScene[];
  readonly focus: string;
}

/** Outlines over the cells a copy reads (grant) and writes (each lane), drawn above the rows. */
export function CopyMarks({ layout, offsets, ribbons, focus }: CopyMarksProps) {
  const h = layout.grantRow.cellH;
  return (
    <g className="pv-copy-marks" aria-hidden="true">
      {ribbons.map((r) => {
        const lane = layout.lanes.find((l) => l.version === r.version)!;
        const cls = `${r.wrong ? 'pv-mark-wrong' : 'pv-mark-right'}${r.version === focus ? ' pv-focused' : ''}`;
        return (
          <g key={r.version} className={cls}>
            <rect
              x={r.src.x0 - 1}
              y={r.src.y - h - 1 + dy(offsets, 'grants')}
              width={r.src.x1 - r.src.x0 + 1}
              height={h + 2}
            />
            <rect
              x={r.dst.x0 - 1}
              y={r.dst.y - 1 + dy(offsets, 'lanes')}
              width={r.dst.x1 - r.dst.x0 + 1}
              height={lane.cellH + 2}
            />
          </g>
        );
      })}
    </g>
  );
}
