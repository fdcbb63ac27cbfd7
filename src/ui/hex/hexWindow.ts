// Paging through a dump: the hex view renders a window of LINES_PER_WINDOW dump lines (a 1 MiB
// request is 65536 rows; rendering them all would stall the page), located by a row so the window
// stays put while the folding changes from step to step.
import { BYTES_PER_ROW, hexOffset, type DumpLine } from '../../viz/hexdump';

/** Dump lines per window: 32 unfolded rows are one 512-byte sector. */
export const LINES_PER_WINDOW = 32;

/** First row a line covers. */
export const firstRowOf = (line: DumpLine): number =>
  line.kind === 'row' ? line.row : line.firstRow;

/** Last row a line covers. */
export const lastRowOf = (line: DumpLine): number =>
  line.kind === 'row' ? line.row : line.firstRow + line.rows - 1;

/** Index of the line covering row `row` (the `*` line for a folded row); lines must cover 0.. */
export function lineOfRow(lines: readonly DumpLine[], row: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firstRowOf(lines[mid]!) <= row) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of windows needed for `lines`. */
export const windowCount = (lines: readonly DumpLine[]): number =>
  Math.max(1, Math.ceil(lines.length / LINES_PER_WINDOW));

/** The window holding row `row`. */
export const windowOfRow = (lines: readonly DumpLine[], row: number): number =>
  Math.floor(lineOfRow(lines, row) / LINES_PER_WINDOW);

/** The lines of window `w`. */
export const windowLines = (lines: readonly DumpLine[], w: number): readonly DumpLine[] =>
  lines.slice(w * LINES_PER_WINDOW, (w + 1) * LINES_PER_WINDOW);

/** First row shown in window `w`. */
export const windowFirstRow = (lines: readonly DumpLine[], w: number): number =>
  firstRowOf(lines[Math.min(w * LINES_PER_WINDOW, lines.length - 1)]!);

/** Window `w` as a byte range in hexdump offsets, e.g. "00000000–000003ff". */
export function windowLabel(lines: readonly DumpLine[], w: number): string {
  const shown = windowLines(lines, w);
  const first = firstRowOf(shown[0]!) * BYTES_PER_ROW;
  const last = (lastRowOf(shown[shown.length - 1]!) + 1) * BYTES_PER_ROW - 1;
  return `${hexOffset(first)}–${hexOffset(last)}`;
}

/** The row shown next after row `row` in `lines` (skipping folded rows), or null at the end. */
export function nextShownRow(lines: readonly DumpLine[], row: number): number | null {
  for (let l = lineOfRow(lines, row) + 1; l < lines.length; l++) {
    const line = lines[l]!;
    if (line.kind === 'row') return line.row;
  }
  return null;
}

/** The row shown before row `row` in `lines` (skipping folded rows), or null at the start. */
export function previousShownRow(lines: readonly DumpLine[], row: number): number | null {
  for (let l = lineOfRow(lines, row) - 1; l >= 0; l--) {
    const line = lines[l]!;
    if (line.kind === 'row') return line.row;
  }
  return null;
}
