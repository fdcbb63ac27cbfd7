// One READ request in the hex view: what the focused version's process buffer holds next to what
// the disk holds, a window of hexdump lines at a time. One state drives it all: the active byte
// (the grid's tab stop); the window is the one holding it, so paging moves it too.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Simulation, VersionId } from '../../model';
import type { ByteSelection } from '../../state/explorerStore';
import {
  BYTES_PER_ROW,
  bufferIndexOf,
  byteLocation,
  differsAt,
  nextDifferenceRow,
  previousDifferenceRow,
  requestDump,
  requestLines,
  type RequestDump,
} from '../../viz/hexdump';
import { ActiveByteInfo } from './ActiveByteInfo';
import { moveByKey } from './gridKeys';
import { HexControls } from './HexControls';
import { HexTable } from './HexTable';
import { RequestHeader } from './RequestHeader';
import { LINES_PER_WINDOW, windowFirstRow, windowLines, windowOfRow } from './hexWindow';

/** Props of RequestHex. */
export interface RequestHexProps {
  readonly sim: Simulation;
  readonly request: number;
  readonly inProgress: boolean;
  readonly version: VersionId;
  readonly step: number;
  readonly selected: ByteSelection | null;
  onSelect(selection: ByteSelection): void;
}

/** "+00000400 · page 12 offset 0 · disk offset 2048 (LBA 4 byte 0)": where byte i lives. */
function describeByte(t: TFunction<'hex'>, dump: RequestDump, i: number): string {
  const at = byteLocation(dump, i);
  return t('byte.describe', {
    hex: i.toString(16).padStart(8, '0'),
    index: i,
    page: at.page,
    offset: at.pageOffset,
    diskOffset: at.diskOffset,
    lba: at.sector,
    byte: i % 512,
  });
}

/** The first differing byte of row `row`. */
function firstDifferingByte(dump: RequestDump, row: number): number {
  for (let i = row * BYTES_PER_ROW; i < (row + 1) * BYTES_PER_ROW; i++)
    if (differsAt(dump, i)) return i;
  return row * BYTES_PER_ROW;
}

/** The two dumps of one READ request, with navigation and the active byte's details. */
export function RequestHex({
  sim,
  request,
  inProgress,
  version,
  step,
  selected,
  onSelect,
}: RequestHexProps) {
  const { t } = useTranslation('hex');
  const dump = useMemo(
    () => requestDump(sim, request, version, step),
    [sim, request, version, step],
  );
  const lines = useMemo(() => requestLines(dump), [dump]);
  const [activeRaw, setActive] = useState(0);
  const active = Math.min(activeRaw, dump.length - 1);
  const activeRow = Math.floor(active / BYTES_PER_ROW);
  const w = windowOfRow(lines, activeRow);
  const shown = windowLines(lines, w);
  // The tab stop is the active byte when its row is on screen; when the folding hid it (the
  // step changed), the same column of the window's first shown row.
  const activeShown = shown.some((l) => l.kind === 'row' && l.row === activeRow);
  const firstShown = shown.find((l) => l.kind === 'row');
  const tabStop = activeShown
    ? active
    : (firstShown?.kind === 'row' ? firstShown.row : 0) * BYTES_PER_ROW + (active % BYTES_PER_ROW);

  const gridRef = useRef<HTMLTableElement>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    gridRef.current?.querySelector<HTMLElement>(`td[data-i="${active}"]`)?.focus();
  }, [active]);

  const selectedIndex =
    selected && selected.version === version
      ? bufferIndexOf(dump, selected.page, selected.offset)
      : null;
  const pick = (i: number) => {
    setActive(i);
    const at = byteLocation(dump, i);
    onSelect({ version, page: at.page, offset: at.pageOffset });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(tabStop);
      return;
    }
    const next = moveByKey(lines, tabStop, e.key, e.ctrlKey || e.metaKey);
    if (next === null) return;
    e.preventDefault();
    focusPending.current = true;
    setActive(next);
  };
  const toRow = (row: number | null) =>
    row === null ? null : () => setActive(firstDifferingByte(dump, row));
  // A run of differences ends at a window edge, so "Next difference" pages through a long one.
  const sameWindow = (a: number, b: number) => windowOfRow(lines, a) === windowOfRow(lines, b);
  const differs = (i: number) => differsAt(dump, i);
  const describe = (i: number) => describeByte(t, dump, i);

  return (
    <>
      <RequestHeader sim={sim} dump={dump} inProgress={inProgress} version={version} step={step} />
      <HexControls
        lines={lines}
        window={w}
        onWindow={(next) =>
          setActive(windowFirstRow(lines, next) * BYTES_PER_ROW + (active % BYTES_PER_ROW))
        }
        onPreviousDifference={toRow(previousDifferenceRow(dump, activeRow, sameWindow))}
        onNextDifference={toRow(nextDifferenceRow(dump, activeRow, sameWindow))}
      />
      <div className="hex-pair">
        <div className="hex-side">
          <h3>{t('sides.process', { version })}</h3>
          <div className="hex-scroll">
            <HexTable
              label={t('sides.processGrid')}
              source={dump.process}
              lines={shown}
              differs={differs}
              describe={describe}
              selected={selectedIndex}
              tableRef={gridRef}
              grid={{ tabStop, onPick: pick, onFocusByte: setActive, onKeyDown }}
            />
          </div>
        </div>
        <div className="hex-side">
          <h3>{t('sides.disk')}</h3>
          <div className="hex-scroll">
            <HexTable
              label={t('sides.diskGrid')}
              source={dump.disk}
              lines={shown}
              differs={differs}
              describe={describe}
              selected={selectedIndex}
            />
          </div>
        </div>
      </div>
      <ActiveByteInfo dump={dump} index={activeShown ? active : tabStop} />
      {lines.length > LINES_PER_WINDOW && (
        <p className="hex-note">{t('note', { shown: shown.length, total: lines.length })}</p>
      )}
    </>
  );
}
