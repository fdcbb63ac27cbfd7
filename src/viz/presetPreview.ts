// Geometry of a preset's thumbnail in the gallery: one READ request's bio_vecs drawn over the
// process pages they sit in, and under them one mini lane per version marking the bio_vecs that
// version's completion copy got wrong. Pure, so the picture is testable without a DOM.
import type { RequestRecord, VersionId } from '../model';
import { VERSION_IDS } from '../model';

/** Thumbnail size in SVG user units (the UI scales it to its card). */
export const PREVIEW_WIDTH = 160;
/** Thumbnail height in SVG user units. */
export const PREVIEW_HEIGHT = 48;
/** Pages drawn at most: past this the cells would be thinner than a pixel at thumbnail size. */
export const MAX_PREVIEW_PAGES = 16;

const PAD = 1;
const PAGE_Y = 1;
const PAGE_H = 17;
const LANE_Y = 22;
const LANE_H = 7;
const LANE_GAP = 2.5;
/** A right copy is a thin bar, a wrong one fills the lane: shape, not only colour, tells them apart. */
const RIGHT_MARK_H = 2;
/** Room kept at the right for the "more pages" dots. */
const MORE_W = 10;

/** A rectangle in the thumbnail's user units. */
export interface PreviewRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One process page cell. */
export interface PreviewPage extends PreviewRect {
  readonly page: number;
}

/** One bio_vec box, over its page. */
export interface PreviewBvec extends PreviewRect {
  readonly bvec: number;
}

/** What a version's lane shows for one bio_vec. */
export interface PreviewMark extends PreviewRect {
  readonly bvec: number;
  readonly wrong: boolean;
}

/** How a version fared on the request: only wrong copies, a kernel BUG or not run make it bad. */
export type PreviewLaneStatus = 'right' | 'wrong' | 'bug' | 'not-run';

/** One version's mini lane. */
export interface PreviewLane {
  readonly version: VersionId;
  readonly status: PreviewLaneStatus;
  /** The lane's background strip, as wide as the drawn pages. */
  readonly track: PreviewRect;
  readonly marks: readonly PreviewMark[];
  /** Indices of the wrong bio_vecs (all of them, drawn or not). */
  readonly wrongBvecs: readonly number[];
}

/** The whole thumbnail. */
export interface PresetPreview {
  readonly width: number;
  readonly height: number;
  /** Index of the request drawn. */
  readonly request: number;
  readonly bvecCount: number;
  readonly pageCount: number;
  readonly pages: readonly PreviewPage[];
  readonly bvecs: readonly PreviewBvec[];
  readonly lanes: readonly PreviewLane[];
  /** Pages left out past MAX_PREVIEW_PAGES (0 when all fit). */
  readonly hiddenPages: number;
  /** Where the "more pages" dots go, or null when nothing is hidden. */
  readonly more: { readonly x: number; readonly y: number } | null;
}

/** The request a preset's thumbnail shows: the READ with the most bio_vecs (first of equals). */
export function previewRequestIndex(requests: readonly RequestRecord[]): number | null {
  let best: RequestRecord | null = null;
  for (const r of requests)
    if (r.kind === 'read' && (best === null || r.bvecs.length > best.bvecs.length)) best = r;
  return best?.index ?? null;
}

const laneStatus = (r: RequestRecord, v: VersionId): PreviewLaneStatus => {
  const o = r.versions[v];
  if (o.status === 'not-run') return 'not-run';
  if (o.status === 'BUG' || o.bug !== null) return 'bug';
  return o.wrongBvecs.length > 0 ? 'wrong' : 'right';
};

/** Lays out the thumbnail of `request` for process pages of `pageSize` bytes. */
export function presetPreview(request: RequestRecord, pageSize: number): PresetPreview {
  const allPages = [...new Set(request.bvecs.map((b) => b.page as number))].sort((a, b) => a - b);
  const shown = allPages.slice(0, MAX_PREVIEW_PAGES);
  const hiddenPages = allPages.length - shown.length;
  const avail = PREVIEW_WIDTH - 2 * PAD - (hiddenPages > 0 ? MORE_W : 0);
  const n = Math.max(1, shown.length);
  // Gaps shrink with the page count so cells keep most of the width.
  const gap = Math.min(3, (avail * 0.15) / n);
  const pageW = (avail - gap * (n - 1)) / n;
  const pageX = new Map(shown.map((p, i) => [p, PAD + i * (pageW + gap)]));
  const pages = shown.map((page) => ({
    page,
    x: pageX.get(page)!,
    y: PAGE_Y,
    width: pageW,
    height: PAGE_H,
  }));
  const right = pages.length > 0 ? pages.at(-1)!.x + pageW : PAD;

  // Each bio_vec's horizontal extent; inset a little so neighbours in one page stay distinct.
  const spans: { bvec: number; x: number; width: number }[] = [];
  request.bvecs.forEach((b, bvec) => {
    const x0 = pageX.get(b.page);
    if (x0 === undefined) return;
    const start = x0 + (b.offset / pageSize) * pageW;
    const end = Math.min(x0 + pageW, start + (b.length / pageSize) * pageW);
    const inset = end - start > 2 ? 0.4 : 0;
    spans.push({ bvec, x: start + inset, width: Math.max(0.5, end - start - 2 * inset) });
  });
  const bvecs = spans.map((s) => ({ ...s, y: PAGE_Y + 3, height: PAGE_H - 6 }));

  const lanes = VERSION_IDS.map((version, i): PreviewLane => {
    const y = LANE_Y + i * (LANE_H + LANE_GAP);
    const status = laneStatus(request, version);
    const wrong = new Set(request.versions[version].wrongBvecs);
    const marks =
      status === 'not-run'
        ? []
        : spans.map((s) => {
            const isWrong = wrong.has(s.bvec);
            const height = isWrong ? LANE_H : RIGHT_MARK_H;
            return { ...s, wrong: isWrong, y: y + (LANE_H - height) / 2, height };
          });
    return {
      version,
      status,
      track: { x: PAD, y, width: right - PAD, height: LANE_H },
      marks,
      wrongBvecs: [...wrong].sort((a, b) => a - b),
    };
  });

  return {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    request: request.index,
    bvecCount: request.bvecs.length,
    pageCount: allPages.length,
    pages,
    bvecs,
    lanes,
    hiddenPages,
    more: hiddenPages > 0 ? { x: right + MORE_W / 2, y: PAGE_Y + PAGE_H / 2 } : null,
  };
}

/** "1–4, 7" for sorted indices: runs of consecutive numbers collapse to ranges. */
export function indexRanges(sorted: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const LANE_WORDS: Record<Exclude<PreviewLaneStatus, 'wrong'>, string> = {
  right: 'all right',
  bug: 'kernel BUG',
  'not-run': 'not run (an earlier BUG)',
};

/** A sentence for screen readers saying what the thumbnail shows. */
export function describePreview(p: PresetPreview): string {
  const plural = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const lanes = p.lanes.map((l) =>
    l.status === 'wrong'
      ? `${l.version}: bio_vec${l.wrongBvecs.length === 1 ? '' : 's'} ${indexRanges(l.wrongBvecs)} wrong`
      : `${l.version}: ${LANE_WORDS[l.status]}`,
  );
  return `Request ${p.request}: ${plural(p.bvecCount, 'bio_vec')} over ${plural(p.pageCount, 'page')}. ${lanes.join('; ')}.`;
}
