// `hexdump -C` for the hex view. Rows are 16 bytes: an 8-digit offset, two groups of 8 hex pairs
// and the printable ASCII between bars. Runs of rows equal to the row before fold into one `*`,
// as hexdump does, so a 16 KiB read of zeros is a few lines; a row the caller flags (a byte that
// differs from the disk) never folds, so no corruption hides behind a `*`.
import { bytesOfCell, type LaneId, type Simulation } from '../model';

/** Bytes per `hexdump -C` row. */
export const BYTES_PER_ROW = 16;

/** What one dump shows at a buffer index: a byte value, or null for "nothing there yet" (`..`). */
export type DumpByte = number | null;

/** A byte sequence a dump can show; `byteAt(i)` for 0 <= i < length. */
export interface ByteSource {
  readonly length: number;
  byteAt(i: number): DumpByte;
}

/** One line of a dump: row `row` (bytes row*16 ..), or a `*` standing for `rows` folded rows from `firstRow`. */
export type DumpLine =
  | { readonly kind: 'row'; readonly row: number }
  | { readonly kind: 'repeat'; readonly firstRow: number; readonly rows: number };

/** Number of 16-byte rows needed for `length` bytes. */
export const rowCount = (length: number): number => Math.ceil(length / BYTES_PER_ROW);

/** An offset as hexdump prints it: 8 lowercase hex digits (`00000400`). */
export const hexOffset = (n: number): string => n.toString(16).padStart(8, '0');

/** A byte as two lowercase hex digits, or `..` when the byte is not there yet. */
export const hexPair = (b: DumpByte): string =>
  b === null ? '..' : b.toString(16).padStart(2, '0');

/** A byte in the ASCII column: itself when printable (0x20–0x7e), else '.'; blank when not there yet. */
export const asciiChar = (b: DumpByte): string =>
  b === null ? ' ' : b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.';

/** A source over a plain array (tests, small dumps). */
export const arraySource = (bytes: ArrayLike<DumpByte>): ByteSource => ({
  length: bytes.length,
  byteAt: (i) => bytes[i] ?? null,
});

/** Whether rows `a` and `b` of `source` hold the same bytes (both full or both equally short). */
export function rowsEqual(source: ByteSource, a: number, b: number): boolean {
  const aEnd = Math.min(source.length, (a + 1) * BYTES_PER_ROW);
  const bEnd = Math.min(source.length, (b + 1) * BYTES_PER_ROW);
  if (aEnd - a * BYTES_PER_ROW !== bEnd - b * BYTES_PER_ROW) return false;
  for (let i = 0; i < aEnd - a * BYTES_PER_ROW; i++) {
    if (source.byteAt(a * BYTES_PER_ROW + i) !== source.byteAt(b * BYTES_PER_ROW + i)) return false;
  }
  return true;
}

/**
 * Lines for `rows` rows: a row that `foldable(r)` says repeats row r-1 is folded; each run of
 * folded rows becomes one `repeat` line (hexdump's `*`). Row 0 is never folded.
 */
export function foldRows(rows: number, foldable: (row: number) => boolean): DumpLine[] {
  const lines: DumpLine[] = [];
  for (let r = 0; r < rows; r++) {
    if (r === 0 || !foldable(r)) {
      lines.push({ kind: 'row', row: r });
      continue;
    }
    const last = lines[lines.length - 1]!;
    if (last.kind === 'repeat') lines[lines.length - 1] = { ...last, rows: last.rows + 1 };
    else lines.push({ kind: 'repeat', firstRow: r, rows: 1 });
  }
  return lines;
}

/** The bytes of row `row` (16, or fewer for a short last row). */
export function rowBytes(source: ByteSource, row: number): DumpByte[] {
  const start = row * BYTES_PER_ROW;
  const end = Math.min(source.length, start + BYTES_PER_ROW);
  const out: DumpByte[] = [];
  for (let i = start; i < end; i++) out.push(source.byteAt(i));
  return out;
}

/** One row as `hexdump -C` prints it, its offset shifted by `base` (a short row is padded). */
export function formatRow(source: ByteSource, row: number, base = 0): string {
  const bytes = rowBytes(source, row);
  let hex = '';
  for (let i = 0; i < BYTES_PER_ROW; i++) {
    // hexdump -C: "xx " per byte, one extra space after the eighth.
    hex += (i < bytes.length ? hexPair(bytes[i]!) : '  ') + ' ' + (i === 7 ? ' ' : '');
  }
  return `${hexOffset(base + row * BYTES_PER_ROW)}  ${hex} |${bytes.map(asciiChar).join('')}|`;
}

/**
 * The whole of `source` as `hexdump -C` text: rows, `*` for folded runs, and the end offset on
 * the last line. Rows where `keep(row)` is true never fold.
 */
export function hexdumpText(
  source: ByteSource,
  base = 0,
  keep: (row: number) => boolean = () => false,
): string {
  const lines = foldRows(rowCount(source.length), (r) => !keep(r) && rowsEqual(source, r, r - 1));
  const text = lines.map((l) => (l.kind === 'row' ? formatRow(source, l.row, base) : '*'));
  return [...text, hexOffset(base + source.length)].join('\n') + '\n';
}

// --- one READ request: what the process read next to what the disk holds ---------------------

// Every offset and length on the I/O path is a multiple of 512 (O_DIRECT, blkif sectors), so a
// request's buffer is whole cells: one lookup per cell, never per byte.
const CELL_BYTES = 512;

/** One 512-byte cell of a request's buffer on both sides. */
export interface RequestCell {
  /** Process page holding this part of the buffer. */
  readonly page: number;
  /** Byte offset of the cell in that page. */
  readonly pageOffset: number;
  /** Disk sector the request reads into this cell. */
  readonly sector: number;
  /** What the process has here; null until this request's completion copy writes the cell. */
  readonly process: Uint8Array | null;
  /** Step that last wrote the process cell (null: never written). */
  readonly writtenAt: number | null;
  /** What the lane's disk holds at `sector`. */
  readonly disk: Uint8Array;
  /** Bytes of `process` that differ from `disk` (0 while the cell is not written). */
  readonly differing: number;
}

/** A READ request's buffer on one lane as of one step, next to the disk it reads. */
export interface RequestDump {
  readonly request: number;
  readonly lane: LaneId;
  /** The step the content is taken after: the asked-for step, but no later than the request's end. */
  readonly asOf: number;
  /** Buffer length in bytes. */
  readonly length: number;
  readonly cells: readonly RequestCell[];
  /** Bytes the process holds that differ from the disk. */
  readonly differingBytes: number;
  /** Bytes the completion copy has not written (yet). */
  readonly pendingBytes: number;
  /** What the process read, buffer offset -> byte (null: not copied yet). */
  readonly process: ByteSource;
  /** What the disk holds at the request's sectors, buffer offset -> byte. */
  readonly disk: ByteSource;
}

/** Where buffer byte `i` of a request lives in process memory and on disk. */
export interface ByteLocation {
  readonly page: number;
  readonly pageOffset: number;
  readonly sector: number;
  /** sector * 512 + byte in sector. */
  readonly diskOffset: number;
}

function countDiffering(a: Uint8Array, b: Uint8Array): number {
  if (a === b) return 0;
  let n = 0;
  for (let i = 0; i < CELL_BYTES; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * Request `request`'s buffer on `lane` after `step`, walking its bio_vecs in order, next to the
 * lane's disk at the request's sectors. A later step than the request's last shows the request as
 * it completed: what the process read, not what it did with the buffer afterwards.
 */
export function requestDump(
  sim: Simulation,
  request: number,
  lane: LaneId,
  step: number,
): RequestDump {
  const req = sim.requests[request];
  if (!req) throw new Error(`no request ${request}`);
  const asOf = Math.min(step, req.lastStep);
  const content = sim.lanes[lane];
  const cells: RequestCell[] = [];
  let sector: number = req.sector;
  let differingBytes = 0;
  let pendingBytes = 0;
  for (const bv of req.bvecs) {
    for (let at = 0; at < bv.length; at += CELL_BYTES, sector++) {
      const pageOffset = bv.offset + at;
      const mem = content.at('memory', bv.page, pageOffset / CELL_BYTES, asOf);
      const disk = bytesOfCell(sim, content.at('disk', sector, 0, asOf).ref);
      // Anything written before this request started is the buffer's old content, not its read.
      const copied = mem.writtenAt !== null && mem.writtenAt >= req.firstStep;
      const process = copied ? bytesOfCell(sim, mem.ref) : null;
      const differing = process ? countDiffering(process, disk) : 0;
      differingBytes += differing;
      if (!process) pendingBytes += CELL_BYTES;
      cells.push({
        page: bv.page,
        pageOffset,
        sector,
        process,
        writtenAt: mem.writtenAt,
        disk,
        differing,
      });
    }
  }
  const length = cells.length * CELL_BYTES;
  return {
    request,
    lane,
    asOf,
    length,
    cells,
    differingBytes,
    pendingBytes,
    process: { length, byteAt: (i) => cells[i >> 9]?.process?.[i & 511] ?? null },
    disk: { length, byteAt: (i) => cells[i >> 9]?.disk[i & 511] ?? null },
  };
}

/** Whether buffer byte `i` has been copied and differs from the disk. */
export function differsAt(dump: RequestDump, i: number): boolean {
  const cell = dump.cells[i >> 9];
  return !!cell?.process && cell.process[i & 511] !== cell.disk[i & 511];
}

/** Whether any byte of row `row` differs (false outside the buffer). */
export function rowDiffers(dump: RequestDump, row: number): boolean {
  if (row < 0 || row >= rowCount(dump.length)) return false;
  const start = row * BYTES_PER_ROW;
  if (dump.cells[start >> 9]!.differing === 0) return false;
  for (let i = start; i < start + BYTES_PER_ROW; i++) if (differsAt(dump, i)) return true;
  return false;
}

/** The dump's lines: a row folds only when both sides repeat the row before and nothing in it differs. */
export function requestLines(dump: RequestDump): DumpLine[] {
  return foldRows(
    rowCount(dump.length),
    (r) =>
      !rowDiffers(dump, r) && rowsEqual(dump.process, r, r - 1) && rowsEqual(dump.disk, r, r - 1),
  );
}

/** Where buffer byte `i` lives (page and offset in process memory, sector and byte on disk). */
export function byteLocation(dump: RequestDump, i: number): ByteLocation {
  const cell = dump.cells[i >> 9];
  if (!cell) throw new Error(`byte ${i} is outside request ${dump.request}'s ${dump.length} bytes`);
  return {
    page: cell.page,
    pageOffset: cell.pageOffset + (i & 511),
    sector: cell.sector,
    diskOffset: cell.sector * CELL_BYTES + (i & 511),
  };
}

/** Buffer offset of process byte (page, pageOffset) in this request, or null when outside it. */
export function bufferIndexOf(dump: RequestDump, page: number, pageOffset: number): number | null {
  const c = dump.cells.findIndex(
    (cell) =>
      cell.page === page && pageOffset >= cell.pageOffset && pageOffset < cell.pageOffset + 512,
  );
  return c < 0 ? null : c * CELL_BYTES + (pageOffset - dump.cells[c]!.pageOffset);
}

/** Whether rows r-1 and r may be one run of differences (callers split runs at page breaks). */
export type RunJoin = (previous: number, row: number) => boolean;

const ALWAYS_JOINED: RunJoin = () => true;

/**
 * First row of the next run of differing rows after the run holding `row` (row < 0: the first
 * run), or null. A run is consecutive differing rows that `joined` keeps together.
 */
export function nextDifferenceRow(
  dump: RequestDump,
  row: number,
  joined: RunJoin = ALWAYS_JOINED,
): number | null {
  const rows = rowCount(dump.length);
  let r = Math.max(row, 0);
  if (row >= 0 && rowDiffers(dump, r)) {
    r++;
    while (r < rows && rowDiffers(dump, r) && joined(r - 1, r)) r++;
  }
  for (; r < rows; r++) if (rowDiffers(dump, r)) return r;
  return null;
}

/** First row of the run of differing rows before the run holding `row`, or null. */
export function previousDifferenceRow(
  dump: RequestDump,
  row: number,
  joined: RunJoin = ALWAYS_JOINED,
): number | null {
  const runStart = (from: number) => {
    let r = from;
    while (r > 0 && rowDiffers(dump, r - 1) && joined(r - 1, r)) r--;
    return r;
  };
  let r = Math.min(row, rowCount(dump.length) - 1);
  if (rowDiffers(dump, r)) r = runStart(r);
  for (r--; r >= 0; r--) if (rowDiffers(dump, r)) return runStart(r);
  return null;
}
