// One `hexdump -C` table: offset, 16 hex bytes in two groups of eight, the ASCII column; a `*`
// line for folded rows. The process side is an ARIA grid with one tab stop (roving tabindex); the
// disk side is a plain table. Both get the same lines, so their rows line up side by side.
import { useTranslation } from 'react-i18next';
import type { FocusEvent, KeyboardEvent, MouseEvent, Ref } from 'react';
import {
  BYTES_PER_ROW,
  asciiChar,
  hexOffset,
  hexPair,
  type ByteSource,
  type DumpLine,
} from '../../viz/hexdump';

// The character column's name: an encoding's name, the same in every language.
const ASCII = 'ASCII';

/** The interactive part of the process table. */
export interface HexGridHandlers {
  /** The byte that holds the grid's one tab stop. */
  readonly tabStop: number;
  /** A byte was clicked (hex or ASCII). */
  onPick(i: number): void;
  /** A byte got keyboard focus (tabbing in lands on the tab stop, which becomes active). */
  onFocusByte(i: number): void;
  /** A key was pressed on a byte. */
  onKeyDown(e: KeyboardEvent<HTMLTableElement>): void;
}

/** Props of HexTable. */
export interface HexTableProps {
  /** Accessible name of the table ("Process read", "Disk holds"). */
  readonly label: string;
  readonly source: ByteSource;
  /** The lines to show (one window). */
  readonly lines: readonly DumpLine[];
  /** Whether byte i differs from the other side (marked, not by colour alone). */
  readonly differs: (i: number) => boolean;
  /** Tooltip for byte i: where it lives in memory and on disk. */
  readonly describe: (i: number) => string;
  /** Buffer offset of the selected byte, if it is in this dump. */
  readonly selected: number | null;
  /** Present for the interactive process grid only. */
  readonly grid?: HexGridHandlers;
  readonly tableRef?: Ref<HTMLTableElement>;
}

const COLUMNS = Array.from({ length: BYTES_PER_ROW }, (_, c) => c);

function byteClass(b: number | null, differs: boolean, selected: boolean, extra = ''): string {
  let cls = extra;
  if (b === null) cls += ' is-pending';
  else if (differs) cls += ' is-diff';
  if (selected) cls += ' is-selected';
  return cls.trim();
}

/** A hexdump table of one window of lines. */
export function HexTable({
  label,
  source,
  lines,
  differs,
  describe,
  selected,
  grid,
  tableRef,
}: HexTableProps) {
  const { t } = useTranslation('hex');
  // One handler per table, not per byte: a window has 512 bytes on each side.
  const byteOf = (e: MouseEvent | FocusEvent) => {
    const hit = (e.target as Element).closest('[data-i]');
    return hit ? Number(hit.getAttribute('data-i')) : null;
  };
  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const i = byteOf(e);
    if (grid && i !== null) grid.onPick(i);
  };
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const i = byteOf(e);
    if (grid && i !== null) grid.onFocusByte(i);
  };
  return (
    <table
      ref={tableRef}
      className={grid ? 'hexdump is-grid' : 'hexdump'}
      aria-label={label}
      role={grid ? 'grid' : undefined}
      onClick={grid ? onClick : undefined}
      onFocus={grid ? onFocus : undefined}
      onKeyDown={grid?.onKeyDown}
    >
      <thead>
        <tr>
          <th scope="col" className="hex-offset">
            {t('byte.offsetColumn')}
          </th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className={c === 8 ? 'hex-col group-start' : 'hex-col'}>
              +{c.toString(16)}
            </th>
          ))}
          <th scope="col" className="hex-ascii">
            {ASCII}
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => {
          if (line.kind === 'repeat') {
            return (
              <tr key={`*${line.firstRow}`} className="hex-fold">
                <th scope="row" className="hex-offset">
                  *
                </th>
                <td colSpan={BYTES_PER_ROW + 1}>{t('byte.identical', { count: line.rows })}</td>
              </tr>
            );
          }
          const start = line.row * BYTES_PER_ROW;
          return (
            <tr key={line.row}>
              <th scope="row" className="hex-offset">
                {hexOffset(start)}
              </th>
              {COLUMNS.map((c) => {
                const i = start + c;
                const b = source.byteAt(i);
                const diff = differs(i);
                return (
                  <td
                    key={c}
                    data-i={i}
                    className={byteClass(
                      b,
                      diff,
                      i === selected,
                      // The tab stop is marked even unfocused: "Next difference" lands there.
                      `hex-byte${c === 8 ? ' group-start' : ''}${grid?.tabStop === i ? ' is-active' : ''}`,
                    )}
                    title={describe(i)}
                    tabIndex={grid ? (i === grid.tabStop ? 0 : -1) : undefined}
                    aria-selected={grid ? i === selected : undefined}
                    aria-label={
                      b === null
                        ? t('byte.cellNotCopied')
                        : diff
                          ? t('byte.cellDiffers', { hex: hexPair(b) })
                          : undefined
                    }
                  >
                    {hexPair(b)}
                  </td>
                );
              })}
              <td className="hex-ascii">
                <span aria-hidden="true">|</span>
                {COLUMNS.map((c) => {
                  const i = start + c;
                  const b = source.byteAt(i);
                  return (
                    <span key={c} data-i={i} className={byteClass(b, differs(i), i === selected)}>
                      {asciiChar(b)}
                    </span>
                  );
                })}
                <span aria-hidden="true">|</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
