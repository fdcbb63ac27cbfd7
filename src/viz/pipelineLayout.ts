// Geometry of the whole pipeline view for one request, top to bottom: process pages with bio_vec
// brackets, bio_vec boxes, scatterlist entries, ring segments, grant pages (with the backend's
// sector range), and one completion lane per version. Positions depend only on the request's
// final shape, the focused version and the pane width, never on the step: within a request,
// stepping only reveals and recolours things, so nothing jumps.
import type { RequestRecord, Simulation, VersionId } from '../model';
import { VERSION_IDS } from '../model';
import type { SgBreak } from '../model/stages/mapSg';
import { coveredCells } from './cellClasses';
import { planColumns } from './columns';
import { type Box, FONT, monoWidth, textBoxHeight, textBoxWidth } from './geometry';
import { makeGrid } from './grid';
import {
  bvecBoxLines,
  grantLabelLines,
  sectorRangeLabel,
  segmentBoxLines,
  sgBoxLines,
} from './labels';
import { centredSpan, packRows } from './pack';
import type { BvecItem, GrantItem, LaneItem, PipelineLayout } from './pipelineLayoutTypes';
import { stackRows } from './rows';

export type {
  BvecItem,
  GrantItem,
  LaneItem,
  PageStrip,
  PipelineLayout,
} from './pipelineLayoutTypes';

/** Layout input: the request, the focused version and the pane width. */
export interface RequestLayoutInput {
  readonly sim: Simulation;
  readonly request: number;
  readonly focus: VersionId;
  readonly width: number;
}

const TITLE_H = 20;
const BUFFER_CELL_H = 22;
const GRANT_CELL_H = 22;
const LABEL_ROW_H = 15;
const BOX_GAP = 6;
const LANE_CELL_H = 18;
const FOCUSED_LANE_CELL_H = 30;
/** Vertical room between the grant strips and the first lane, where copy ribbons fan out. */
const RIBBON_GAP = 32;

/** grants_used[] slots some version reads past nr_segments (0a8704a51 under what-if limits). */
export function staleSlotsOf(r: RequestRecord): number[] {
  const slots = new Set<number>();
  for (const v of VERSION_IDS)
    for (const c of r.versions[v].copies) if (c.grantIndex >= r.sg.length) slots.add(c.grantIndex);
  return [...slots].sort((a, b) => a - b);
}

/** Why each scatterlist entry of the request started, from its sg-new steps. */
export function sgReasonsOf(sim: Simulation, r: RequestRecord): SgBreak[] {
  const reasons: SgBreak[] = [];
  for (let i = r.firstStep; i >= 0 && i <= r.lastStep; i++) {
    const s = sim.steps[i]!;
    if (s.type === 'sg-new') reasons[s.segment] = s.because ?? 'first';
  }
  return reasons;
}

/** Lays out request `request` (see file comment). */
export function layoutRequest({ sim, request, focus, width }: RequestLayoutInput): PipelineLayout {
  const r = sim.requests[request]!;
  const k = sim.scenario.kernel;
  const cpp = k.pageSize / 512;
  const plan = planColumns({ bvecs: r.bvecs, sg: r.sg, staleSlots: staleSlotsOf(r) });
  const reasons = sgReasonsOf(sim, r);
  const boxTexts = [
    ...r.bvecs.map((bv, i) => bvecBoxLines(i, bv)),
    ...r.sg.map((e, i) => sgBoxLines(i, e, e.bvecs, reasons[i] ?? 'first', k)),
    ...r.segments.map((s, i) => segmentBoxLines(i, s.gref, s.firstSect, s.lastSect)),
    ...plan.grantSlots.map((slot) => grantLabelLines(slot, r.grants[slot] ?? 0, true, false)),
  ];
  const minColW = Math.max(...boxTexts.map((lines) => textBoxWidth(lines)));
  const grid = makeGrid({ count: plan.count, cpp, width, minColW });
  const pageCol = new Map(plan.pages.map((p, i) => [p, plan.pageColumns[i]!]));
  const right = grid.width - 12;

  const rows = stackRows([
    { id: 'buffer', h: 0, title: 'Process buffer: pages the request touches (512-byte cells)' },
    { id: 'bvecs', h: 0, title: 'bio_vecs (page, offset, length)' },
    { id: 'sg', h: TITLE_H + textBoxHeight(3) + BOX_GAP, title: 'Scatterlist: blk_rq_map_sg' },
    { id: 'segments', h: TITLE_H + textBoxHeight(3) + BOX_GAP, title: 'Ring request segments' },
    { id: 'grants', h: 0, title: `Grant pages (contents on the ${focus} lane)` },
    { id: 'lanes', h: 0, title: 'READ completion: what each version copies into the buffer' },
  ]);

  // 1. Buffer: page strips, bio_vec brackets and their labels (packed so labels never collide).
  const bufferY = rows.at('buffer');
  const cellsY = bufferY + TITLE_H + 18;
  const pages = plan.pages.map((page, i) => ({
    page,
    column: plan.pageColumns[i]!,
    x: grid.stripX(plan.pageColumns[i]!),
  }));
  const spans = r.bvecs.map((bv) => {
    const col = pageCol.get(bv.page)!;
    return {
      x0: grid.cellX(col, bv.offset / 512),
      x1: grid.cellX(col, (bv.offset + bv.length) / 512),
    };
  });
  const labelSpans = r.bvecs.map((_, i) =>
    centredSpan((spans[i]!.x0 + spans[i]!.x1) / 2, monoWidth(`bv${i}`, FONT.small) + 4, 0, right),
  );
  const labelPack = packRows(labelSpans, 4);
  const labelTop = cellsY + BUFFER_CELL_H + 12;
  rows.setHeight('buffer', labelTop - bufferY + labelPack.count * LABEL_ROW_H + 4);

  // 2. bio_vec boxes, centred under their brackets, packed into sub-rows.
  const bvecY = rows.at('bvecs') + TITLE_H;
  const boxH = textBoxHeight(2);
  // Each box stays inside its page's column (columns are at least as wide as any box), so boxes
  // of different pages never collide; boxes sharing a page stack in sub-rows.
  const boxSpans = r.bvecs.map((bv, i) => {
    const x = grid.columnX(pageCol.get(bv.page)!);
    const w = textBoxWidth(bvecBoxLines(i, bv));
    return centredSpan((spans[i]!.x0 + spans[i]!.x1) / 2, w, x, x + grid.colW);
  });
  const boxPack = packRows(boxSpans, 8);
  rows.setHeight('bvecs', TITLE_H + Math.max(1, boxPack.count) * (boxH + BOX_GAP));
  const bvecs: BvecItem[] = r.bvecs.map((_, i) => ({
    index: i,
    span: spans[i]!,
    labelY: labelTop + labelPack.rows[i]! * LABEL_ROW_H + 11,
    box: {
      x: boxSpans[i]!.x0,
      y: bvecY + boxPack.rows[i]! * (boxH + BOX_GAP),
      w: boxSpans[i]!.x1 - boxSpans[i]!.x0,
      h: boxH,
    },
  }));

  // 3-4. Scatterlist entries and ring segments, one box per segment, in the segment's column.
  const segBox =
    (rowY: number) =>
    (_: unknown, i: number): Box => {
      const col = plan.grantColumns[i]!;
      const w = grid.colW;
      return { x: grid.columnX(col), y: rowY + TITLE_H, w, h: textBoxHeight(3) };
    };
  const sg = r.sg.map(segBox(rows.at('sg')));
  const segments = r.sg.map(segBox(rows.at('segments')));

  // 5. Grant strips: two label lines, the disk pill and arrow, the backend marker, the cells.
  const grantY = rows.at('grants');
  const grantRow = {
    labelY: grantY + TITLE_H + 11,
    // Two label lines (28), the disk pill (18), the backend arrow (12), the marker (6).
    markerY: grantY + TITLE_H + 28 + 2 + 18 + 12,
    cellsY: grantY + TITLE_H + 28 + 2 + 18 + 12 + 6,
    cellH: GRANT_CELL_H,
  };
  rows.setHeight('grants', grantRow.cellsY + GRANT_CELL_H + 6 - grantY);
  const grants: GrantItem[] = plan.grantSlots.map((slot, i) => {
    const col = plan.grantColumns[i]!;
    const seg = r.segments[slot];
    const stale = slot >= r.sg.length;
    // blkback rejects a range past the page (what-if limits); draw it clipped to the strip.
    const marker = seg
      ? {
          x0: grid.cellX(col, Math.min(seg.firstSect, cpp - 1)),
          x1: grid.cellX(col, Math.min(seg.lastSect + 1, cpp)),
        }
      : null;
    const sectors = seg ? seg.lastSect - seg.firstSect + 1 : 0;
    const pillW = textBoxWidth([sectorRangeLabel(99999, sectors)]);
    const pillSpan = marker
      ? centredSpan(
          (marker.x0 + marker.x1) / 2,
          pillW,
          grid.columnX(col),
          grid.columnX(col) + grid.colW,
        )
      : null;
    return {
      slot,
      column: col,
      x: grid.stripX(col),
      stale,
      marker,
      markerInvalid: seg ? seg.lastSect >= cpp || seg.lastSect < seg.firstSect : false,
      pill: pillSpan ? { x: pillSpan.x0, y: grantY + TITLE_H + 30, w: pillW, h: 18 } : null,
    };
  });

  // 6. Lanes: the focused one is taller; ribbons fan out in the gap above the first.
  let laneY = rows.at('lanes') + TITLE_H + RIBBON_GAP;
  const lanes: LaneItem[] = VERSION_IDS.map((version) => {
    const focused = version === focus;
    const cellH = focused ? FOCUSED_LANE_CELL_H : LANE_CELL_H;
    const lane = { version, focused, labelY: laneY + 13, cellsY: laneY + 20, cellH };
    laneY += 20 + cellH + 10;
    return lane;
  });
  rows.setHeight('lanes', laneY - rows.at('lanes'));

  return {
    kind: 'request',
    key: `r${request}|${focus}|${width}`,
    width: grid.width,
    height: rows.bottom() + 8,
    grid,
    rows: rows.frames(),
    buffer: { pageLabelY: bufferY + TITLE_H + 12, cellsY, cellH: BUFFER_CELL_H },
    pages,
    bvecs,
    sg,
    segments,
    grantRow,
    grants,
    lanes,
    covered: coveredCells(r, cpp),
  };
}
