// The process's syscalls as `strace` would print them, per lane (each kernel version, and the
// oracle = a correct kernel), so the symptom can be seen where a user first saw it.
// Line shape follows strace: the call, then padding to column 40 (strace's default -a 40, its
// tabto() after ") "), then "= result" or "= -1 ERRNO (strerror text)".
// Choices (see docs/symptom-lab.md, "strace view"):
// - one `open("/dev/xvdb", O_RDONLY|O_DIRECT) = 3` first (O_RDWR when the scenario writes): the
//   3.8 era's glibc issued open(2), not openat(2); fd 3 is the first free descriptor;
// - each buffer op is `lseek` to the op's byte offset, then `read` or `write` (libparted's
//   linux_read/linux_write do exactly that pair);
// - a failed read prints the buffer address (strace prints an output buffer only on success);
// - an op during which a lane's kernel hit a BUG prints `<unfinished ...>` and a comment: the guest
//   died, strace with it, and nothing after that op is printed for that lane;
// - a stacked driver's bio (explicit bio_vecs) is not a syscall of this process: it is shown as
//   comment lines naming the bio and, per bio_vec, the bytes it moved.
import { opViews, type OpView, type StraceLane } from './opView';
import { quoteStringMapped, STRACE_DEFAULT_STRING_LIMIT } from './stringQuote';
import type { Simulation } from '../simulate';
import { VERSION_IDS } from '../versions';

export type { StraceLane } from './opView';

/** The device the simulated process opens. */
export const DEVICE_PATH = '/dev/xvdb';
/** The descriptor open() returns: 0-2 are stdin, stdout, stderr. */
const FD = 3;
/** strace's default alignment column for "= result" (-a 40). */
const RESULT_COLUMN = 40;

/** Options of the strace view. */
export interface StraceOptions {
  /** strace -s N: bytes of a buffer shown before "..." (default 32). */
  readonly stringLimit?: number;
}

/** One line of strace output. */
export interface StraceLine {
  /** Index of the scenario op; null for the open line and for comments not tied to an op. */
  readonly op: number | null;
  /** The system call the line shows; null for comment lines (BUG notes, a stacked driver's bio). */
  readonly call: 'open' | 'lseek' | 'read' | 'write' | null;
  /** The full line as strace prints it. */
  readonly text: string;
  /** The syscall's buffer content (reads: after it returned; writes: what was written), untruncated. */
  readonly bytes?: Uint8Array;
  /** Explicit bio_vec ops: which bio_vec this line shows. */
  readonly bvec?: number;
  /** Where the quoted buffer sits in `text`, and where each shown byte's escape starts. */
  readonly quoted?: {
    /** Index of the opening quote. */
    readonly start: number;
    /** Index of the closing quote. */
    readonly end: number;
    /** byteStarts[i] = index in `text` of byte i's representation (bytes shown only). */
    readonly byteStarts: readonly number[];
    /** Offset of byte 0 of this line's `bytes` within the op's data (bio_vec lines: its start). */
    readonly dataOffset: number;
  };
}

/** A line before its `call` is filled in from the text. */
type LineDraft = Omit<StraceLine, 'call'>;

const CALL = /^(open|lseek|read|write)\(/;

/** A call and its result, padded the way strace pads them. */
const withResult = (call: string, result: string): string =>
  `${call} `.padEnd(RESULT_COLUMN) + `= ${result}`;

const ERRNO_TEXT = {
  EINVAL: '-1 EINVAL (Invalid argument)',
  EIO: '-1 EIO (Input/output error)',
} as const;

const hex = (n: number): string => `0x${n.toString(16)}`;

/** A line whose buffer argument is a quoted string; `finish` adds what follows the call. */
function quotedLine(
  op: number,
  prefix: string,
  bytes: Uint8Array,
  suffix: string,
  limit: number,
  finish: (call: string) => string,
  dataOffset = 0,
): LineDraft {
  const q = quoteStringMapped(bytes, limit);
  return {
    op,
    text: finish(`${prefix}${q.text}${suffix}`),
    bytes,
    quoted: {
      start: prefix.length,
      end: prefix.length + q.end,
      byteStarts: q.byteStarts.map((b) => prefix.length + b),
      dataOffset,
    },
  };
}

const returning = (result: string) => (call: string) => withResult(call, result);
const unfinished = (call: string) => `${call} <unfinished ...>`;

/** The comment strace's reader sees when the guest died under the syscall. */
const deathComment = (op: number, reason: string | null): LineDraft => ({
  op,
  text: `/* the guest kernel hit ${reason ?? 'a BUG'}: this call never returns, and strace died with the guest */`,
});

function bufferOpLines(view: OpView, address: number, limit: number): LineDraft[] {
  // A lane whose kernel died at an earlier op never got this far: strace printed nothing.
  if (view.status === 'not-run') return [];
  const offset = view.sector * 512;
  const lines: LineDraft[] = [
    { op: view.op, text: withResult(`lseek(${FD}, ${offset}, SEEK_SET)`, String(offset)) },
  ];
  const len = view.length;
  const name = view.kind;
  switch (view.status) {
    case 'ok':
      lines.push(
        quotedLine(
          view.op,
          `${name}(${FD}, `,
          view.bytes!,
          `, ${len})`,
          limit,
          returning(String(len)),
        ),
      );
      break;
    case 'EINVAL':
      lines.push({
        op: view.op,
        text: withResult(`${name}(${FD}, ${hex(address)}, ${len})`, ERRNO_TEXT.EINVAL),
      });
      break;
    case 'EIO':
      lines.push(
        view.kind === 'write' && view.bytes
          ? quotedLine(
              view.op,
              `${name}(${FD}, `,
              view.bytes,
              `, ${len})`,
              limit,
              returning(ERRNO_TEXT.EIO),
            )
          : {
              op: view.op,
              text: withResult(`${name}(${FD}, ${hex(address)}, ${len})`, ERRNO_TEXT.EIO),
            },
      );
      break;
    case 'BUG':
      // strace prints a read's buffer on exit, which never comes; a write's on entry.
      lines.push(
        view.kind === 'write' && view.bytes
          ? quotedLine(view.op, `${name}(${FD}, `, view.bytes, `, ${len}`, limit, unfinished)
          : { op: view.op, text: `${name}(${FD},  <unfinished ...>` },
        deathComment(view.op, view.reason),
      );
      break;
  }
  return lines;
}

function bvecOpLines(view: OpView, limit: number): LineDraft[] {
  const bvecs = view.bvecs ?? [];
  const count = bvecs.length === 1 ? '1 bio_vec' : `${bvecs.length} bio_vecs`;
  const what = `${view.kind.toUpperCase()} at sector ${view.sector}, ${count}, ${view.length} bytes`;
  const head = `/* not a syscall of this process: a stacked driver's bio, ${what}`;
  switch (view.status) {
    case 'not-run':
      return [];
    case 'BUG':
      return [{ op: view.op, text: `${head} */` }, deathComment(view.op, view.reason)];
    case 'EIO':
    case 'EINVAL':
      return [{ op: view.op, text: `${head}: ${view.status} */` }];
    case 'ok':
      break;
  }
  const lines: LineDraft[] = [{ op: view.op, text: `${head} */` }];
  bvecs.forEach((bv, i) => {
    const bytes = view.bytes!.subarray(bv.start, bv.start + bv.length);
    const prefix = `/*   bio_vec ${i} (page ${bv.page} @ ${bv.offset}, ${bv.length} bytes) = `;
    lines.push({
      ...quotedLine(view.op, prefix, bytes, ' */', limit, (call) => call, bv.start),
      bvec: i,
    });
  });
  return lines;
}

/** The strace lines of a traced simulation under one lane. */
export function straceOf(
  sim: Simulation,
  lane: StraceLane,
  options: StraceOptions = {},
): readonly StraceLine[] {
  const limit = options.stringLimit ?? STRACE_DEFAULT_STRING_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`stringLimit must be a whole number >= 0, got ${limit}`);
  }
  const writes = sim.scenario.ops.some((op) => op.kind === 'buffer' && op.op === 'write');
  const mode = writes ? 'O_RDWR|O_DIRECT' : 'O_RDONLY|O_DIRECT';
  const lines: LineDraft[] = [
    { op: null, text: withResult(`open("${DEVICE_PATH}", ${mode})`, String(FD)) },
  ];
  for (const view of opViews(sim, lane)) {
    const op = sim.scenario.ops[view.op]!;
    lines.push(
      ...(op.kind === 'buffer' ? bufferOpLines(view, op.address, limit) : bvecOpLines(view, limit)),
    );
  }
  return lines.map((line) => ({
    ...line,
    call: (CALL.exec(line.text)?.[1] as StraceLine['call'] | undefined) ?? null,
  }));
}

/** The strace text (one line each, newline-terminated) of a traced simulation under one lane. */
export function straceText(sim: Simulation, lane: StraceLane, options: StraceOptions = {}): string {
  return straceOf(sim, lane, options)
    .map((l) => `${l.text}\n`)
    .join('');
}

/** A half-open byte range [start, end) of an op's data. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** How one lane's op differs from the oracle's. */
export interface LaneDifference {
  readonly lane: StraceLane;
  /** That lane's status for the op (differs from the oracle's when the call failed or hung). */
  readonly status: OpView['status'];
  /** Bytes of the op's data that differ from the oracle's (empty when there are no bytes to compare). */
  readonly ranges: readonly ByteRange[];
}

/** Ranges where two equally long byte arrays differ, merged when adjacent. */
export function differingRanges(a: Uint8Array, b: Uint8Array): ByteRange[] {
  const ranges: ByteRange[] = [];
  const n = Math.min(a.length, b.length);
  let start = -1;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      ranges.push({ start, end: i });
      start = -1;
    }
  }
  if (start >= 0) ranges.push({ start, end: n });
  return ranges;
}

/** Per op: lanes whose buffer (or outcome) differs from the oracle, and the differing byte ranges. */
export function straceDifferences(
  sim: Simulation,
): readonly { op: number; lanes: readonly LaneDifference[] }[] {
  const oracle = opViews(sim, 'oracle');
  const versions = VERSION_IDS.map((v) => ({ lane: v, views: opViews(sim, v) }));
  const out: { op: number; lanes: LaneDifference[] }[] = [];
  oracle.forEach((truth, op) => {
    const lanes: LaneDifference[] = [];
    for (const { lane, views } of versions) {
      const view = views[op]!;
      const ranges = view.bytes && truth.bytes ? differingRanges(view.bytes, truth.bytes) : [];
      if (view.status !== truth.status || ranges.length > 0) {
        lanes.push({ lane, status: view.status, ranges });
      }
    }
    if (lanes.length > 0) out.push({ op, lanes });
  });
  return out;
}
