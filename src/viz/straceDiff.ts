// The strace view's layout: the three versions' strace lines grouped by op, one row where all
// three print the same line, one row per version where they differ, and within each row the
// character ranges to mark because they show bytes (or a result) that differ from what a correct
// kernel (the oracle lane) returns. Pure: the lines come from the model's straceOf().
import { VERSION_IDS, type VersionId } from '../model/versions';
// The symptoms sub-API directly (not the model index), so its code stays in the lazy chunk.
import type { StraceLane, StraceLine } from '../model/symptoms';

/** The versions, oldest first (the order the rows use). */
const VERSIONS = VERSION_IDS;

/** A run of a row's text, marked when it differs from the correct kernel's line. */
export interface TextSpan {
  readonly text: string;
  readonly differs: boolean;
}

/** One printed row: the lanes it stands for (all three versions, one, or the oracle). */
export interface StraceRow {
  readonly lanes: readonly StraceLane[];
  readonly text: string;
  readonly spans: readonly TextSpan[];
  /** Whether anything in the row differs from the correct kernel's line. */
  readonly differs: boolean;
}

/** Differing bytes a line does not show because of `-s`, and the `-s` that would show them. */
export interface HiddenDifference {
  readonly lane: VersionId;
  /** Byte offsets in the line's buffer, [start, end). */
  readonly start: number;
  readonly end: number;
  /** A `-s` that shows the range's start and the 64 bytes after it (rounded up to 16, capped at the buffer). */
  readonly limit: number;
}

/** The rows of one op (or of the lines tied to no op, such as open()). */
export interface StraceGroup {
  readonly op: number | null;
  readonly rows: readonly StraceRow[];
  /** Some row differs from the correct kernel. */
  readonly differs: boolean;
  /** First difference past `-s`, per version that has one. */
  readonly hidden: readonly HiddenDifference[];
}

/** Half-open character ranges, sorted and merged. */
type CharRange = readonly [number, number];

function mergeRanges(ranges: CharRange[]): CharRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Splits `text` into spans, marking `ranges`. */
export function spansOf(text: string, ranges: readonly CharRange[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let at = 0;
  for (const [s, e] of mergeRanges([...ranges])) {
    if (s > at) spans.push({ text: text.slice(at, s), differs: false });
    if (e > s) spans.push({ text: text.slice(s, e), differs: true });
    at = Math.max(at, e);
  }
  if (at < text.length || spans.length === 0) spans.push({ text: text.slice(at), differs: false });
  return spans;
}

/** The one range between the first and last differing character of two texts (empty if equal). */
export function textDifference(text: string, other: string): CharRange[] {
  if (text === other) return [];
  let s = 0;
  while (s < text.length && s < other.length && text[s] === other[s]) s++;
  let e = text.length;
  let f = other.length;
  while (e > s && f > s && text[e - 1] === other[f - 1]) {
    e--;
    f--;
  }
  // Nothing of `text` itself differs (it lacks characters the other has): mark where they'd be.
  return e > s ? [[s, e]] : [[Math.max(0, s - 1), Math.min(text.length, s + 1)]];
}

/**
 * Character ranges of `line` that differ from `truth` (the correct kernel's line in the same
 * place): the escapes of each shown byte that differs, when both lines carry buffers of the same
 * length; otherwise the span between the first and last differing character.
 */
export function differingChars(line: StraceLine, truth: StraceLine | undefined): CharRange[] {
  if (!truth) return [[0, line.text.length]];
  const q = line.quoted;
  if (q && line.bytes && truth.bytes && truth.bytes.length === line.bytes.length) {
    const ranges: CharRange[] = [];
    q.byteStarts.forEach((start, i) => {
      if (line.bytes![i] !== truth.bytes![i]) ranges.push([start, q.byteStarts[i + 1] ?? q.end]);
    });
    // The rest of the line (result, errno) compared as text, outside the quoted string.
    const after = line.text.slice(q.end);
    const truthAfter = truth.quoted ? truth.text.slice(truth.quoted.end) : after;
    for (const [s, e] of textDifference(after, truthAfter)) ranges.push([q.end + s, q.end + e]);
    return mergeRanges(ranges);
  }
  return textDifference(line.text, truth.text);
}

/** The first range of bytes a line's buffer holds differently from `truth`'s but does not show. */
export function hiddenDifference(
  line: StraceLine,
  truth: StraceLine | undefined,
): { start: number; end: number } | null {
  const q = line.quoted;
  if (!q || !line.bytes || !truth?.bytes || truth.bytes.length !== line.bytes.length) return null;
  const shown = q.byteStarts.length;
  let start = -1;
  for (let i = shown; i < line.bytes.length; i++) {
    if (line.bytes[i] !== truth.bytes[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) return { start, end: i };
  }
  return start < 0 ? null : { start, end: line.bytes.length };
}

/** Bytes after a hidden difference's start worth revealing with `-s` (a GPT header's signature and more). */
const REVEAL_BYTES = 64;

/** Groups lines by op, keeping the order of first appearance. */
function byOp(lines: readonly StraceLine[]): Map<number | null, StraceLine[]> {
  const groups = new Map<number | null, StraceLine[]>();
  for (const l of lines) {
    const g = groups.get(l.op);
    if (g) g.push(l);
    else groups.set(l.op, [l]);
  }
  return groups;
}

/** The view's groups for the lanes' strace lines (oracle included, as the reference). */
export function straceLayout(
  lines: Readonly<Record<StraceLane, readonly StraceLine[]>>,
): StraceGroup[] {
  const truth = byOp(lines.oracle);
  const perVersion = new Map(VERSIONS.map((v) => [v, byOp(lines[v])]));
  // Ops in the order they appear in any lane (a lane whose kernel died prints fewer).
  const ops: (number | null)[] = [];
  for (const lane of ['oracle', ...VERSIONS] as const) {
    for (const l of lines[lane]) if (!ops.includes(l.op)) ops.push(l.op);
  }
  return ops.map((op) => {
    const ref = truth.get(op) ?? [];
    const own = VERSIONS.map((v) => perVersion.get(v)!.get(op) ?? []);
    const count = Math.max(ref.length, ...own.map((o) => o.length));
    const rows: StraceRow[] = [];
    const hidden: HiddenDifference[] = [];
    for (let i = 0; i < count; i++) {
      const texts = own.map((o) => o[i]?.text);
      const same = texts.every((t) => t !== undefined && t === texts[0]);
      const rowFor = (lanes: StraceLane[], line: StraceLine): StraceRow => {
        const ranges = differingChars(line, ref[i]);
        return {
          lanes,
          text: line.text,
          spans: spansOf(line.text, ranges),
          differs: ranges.length > 0,
        };
      };
      if (same) {
        rows.push(rowFor([...VERSIONS], own[0]![i]!));
      } else {
        VERSIONS.forEach((v, k) => {
          const line = own[k]![i];
          if (line) rows.push(rowFor([v], line));
        });
        // The correct line as a reference only when no version prints it.
        const correct = ref[i];
        if (correct && !texts.includes(correct.text)) {
          rows.push({
            lanes: ['oracle'],
            text: correct.text,
            spans: spansOf(correct.text, []),
            differs: false,
          });
        }
      }
      VERSIONS.forEach((v, k) => {
        const line = own[k]![i];
        const h = line ? hiddenDifference(line, ref[i]) : null;
        if (h && !hidden.some((x) => x.lane === v)) {
          const reveal = Math.ceil((h.start + REVEAL_BYTES) / 16) * 16;
          hidden.push({ lane: v, ...h, limit: Math.min(line!.bytes!.length, reveal) });
        }
      });
    }
    return { op, rows, differs: rows.some((r) => r.differs), hidden };
  });
}
