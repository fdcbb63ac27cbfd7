// Keyboard movement in the process dump: one tab stop for the whole grid (roving tabindex), arrow
// keys move the active byte over the rows actually shown (a `*` line has no bytes to land on),
// Page keys move a window, Home/End go to the row's ends (with Ctrl, the dump's).
import { BYTES_PER_ROW, type DumpLine } from '../../viz/hexdump';
import { LINES_PER_WINDOW, lineOfRow, nextShownRow, previousShownRow } from './hexWindow';

/** The row shown at line `l`; for a `*` line the next shown row, or at the end the row it repeats. */
function shownRowFrom(lines: readonly DumpLine[], l: number): number {
  const line = lines[Math.min(Math.max(l, 0), lines.length - 1)]!;
  return line.kind === 'row' ? line.row : (nextShownRow(lines, line.firstRow) ?? line.firstRow - 1);
}

/**
 * Where the active byte `active` goes for key `key` (ctrl: Ctrl or Cmd held), or null when the
 * grid does not handle the key. Rows are full: request buffers are whole 512-byte cells.
 */
export function moveByKey(
  lines: readonly DumpLine[],
  active: number,
  key: string,
  ctrl = false,
): number | null {
  const row = Math.floor(active / BYTES_PER_ROW);
  const col = active % BYTES_PER_ROW;
  const at = (r: number | null, c: number) => (r === null ? active : r * BYTES_PER_ROW + c);
  switch (key) {
    case 'ArrowRight':
      return col < BYTES_PER_ROW - 1 ? active + 1 : at(nextShownRow(lines, row), 0);
    case 'ArrowLeft':
      return col > 0 ? active - 1 : at(previousShownRow(lines, row), BYTES_PER_ROW - 1);
    case 'ArrowDown':
      return at(nextShownRow(lines, row), col);
    case 'ArrowUp':
      return at(previousShownRow(lines, row), col);
    case 'Home':
      return ctrl ? 0 : row * BYTES_PER_ROW;
    case 'End':
      return ctrl
        ? at(shownRowFrom(lines, lines.length - 1), BYTES_PER_ROW - 1)
        : row * BYTES_PER_ROW + BYTES_PER_ROW - 1;
    case 'PageDown':
      return at(shownRowFrom(lines, lineOfRow(lines, row) + LINES_PER_WINDOW), col);
    case 'PageUp':
      return at(shownRowFrom(lines, lineOfRow(lines, row) - LINES_PER_WINDOW), col);
    default:
      return null;
  }
}
