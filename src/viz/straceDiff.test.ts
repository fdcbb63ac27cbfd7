import { describe, expect, it } from 'vitest';
import partedGpt from '../../scenarios/parted-gpt.json';
import { parseScenario, simulate, VERSION_IDS, type Simulation } from '../model';
import { straceOf, type StraceLane, type StraceLine } from '../model/symptoms';
import {
  differingChars,
  hiddenDifference,
  spansOf,
  straceLayout,
  textDifference,
} from './straceDiff';

function traced(json: unknown): Simulation {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return simulate(parsed.value, { trace: true });
}

/** A hand-made read line: `read(3, "<escapes>", n) = n` with one escape per byte. */
function readLine(op: number, escapes: string[], bytes: number[]): StraceLine {
  const prefix = 'read(3, ';
  const byteStarts: number[] = [];
  let text = `${prefix}"`;
  for (const e of escapes) {
    byteStarts.push(text.length);
    text += e;
  }
  const end = text.length;
  text += `"${escapes.length < bytes.length ? '...' : ''}, ${bytes.length}) = ${bytes.length}`;
  return {
    op,
    call: 'read',
    text,
    bytes: new Uint8Array(bytes),
    quoted: { start: prefix.length, end, byteStarts, dataOffset: 0 },
  };
}

describe('spansOf and textDifference', () => {
  it('splits a text at the marked ranges, merging overlaps', () => {
    expect(
      spansOf('abcdef', [
        [1, 2],
        [2, 4],
      ]),
    ).toEqual([
      { text: 'a', differs: false },
      { text: 'bcd', differs: true },
      { text: 'ef', differs: false },
    ]);
    expect(spansOf('', [])).toEqual([{ text: '', differs: false }]);
  });

  it('marks the span between the first and last differing characters', () => {
    expect(textDifference('= 0', '= 0')).toEqual([]);
    expect(textDifference('= -1 EIO', '= 512')).toEqual([[2, 8]]);
  });
});

describe('differingChars', () => {
  it('marks exactly the escapes of the bytes that differ', () => {
    // "\0" "E" "\0": byte 1 differs from the correct line's zero.
    const wrong = readLine(0, ['\\0', 'E', '\\0'], [0, 0x45, 0]);
    const right = readLine(0, ['\\0', '\\0', '\\0'], [0, 0, 0]);
    const [range] = differingChars(wrong, right);
    expect(wrong.text.slice(range![0], range![1])).toBe('E');
    expect(differingChars(right, right)).toEqual([]);
  });

  it('finds a difference past -s and says which bytes', () => {
    const wrong = readLine(0, ['\\0'], [0, 0, 0x45, 0x46, 0]);
    const right = readLine(0, ['\\0'], [0, 0, 0, 0, 0]);
    expect(differingChars(wrong, right)).toEqual([]);
    expect(hiddenDifference(wrong, right)).toEqual({ start: 2, end: 4 });
    expect(hiddenDifference(right, right)).toBeNull();
  });
});

describe('straceLayout on parted print (scenarios/parted-gpt.json)', () => {
  const sim = traced(partedGpt);
  const lines = (limit: number) =>
    Object.fromEntries(
      (['oracle', ...VERSION_IDS] as StraceLane[]).map((l) => [
        l,
        straceOf(sim, l, { stringLimit: limit }),
      ]),
    ) as Record<StraceLane, readonly StraceLine[]>;

  it('at strace’s default -s 32 prints one row per line, and points past -s to the damage', () => {
    const groups = straceLayout(lines(32));
    for (const g of groups) for (const r of g.rows) expect(r.lanes).toHaveLength(3);
    expect(groups.every((g) => !g.differs)).toBe(true);
    // The third op, the 16 KiB read, differs only under 0a8704a51, from buffer byte 1024 on
    // (scenario description: bytes 1024-1535 come from the stale head of grant 0).
    const read = groups.find((g) => g.op === 2)!;
    expect(read.hidden.map((h) => h.lane)).toEqual(['0a8704a51']);
    expect(read.hidden[0]!.start).toBe(1024);
    expect(read.hidden[0]!.limit).toBe(1088);
  });

  it('with -s large enough shows "EFI PART" marked under 0a8704a51 only', () => {
    const read = straceLayout(lines(1088)).find((g) => g.op === 2)!;
    expect(read.differs).toBe(true);
    const row = (v: StraceLane) => read.rows.find((r) => r.lanes.length === 1 && r.lanes[0] === v)!;
    const marked = (v: StraceLane) =>
      row(v)
        .spans.filter((s) => s.differs)
        .map((s) => s.text)
        .join('');
    expect(marked('0a8704a51')).toContain('EFI PART');
    expect(row('d62f69185').text).not.toContain('EFI PART');
    expect(marked('d62f69185')).toBe('');
    expect(marked('b7649158')).toBe('');
    // The lseek before it is the same everywhere: one row for all three.
    expect(read.rows[0]!.lanes).toHaveLength(3);
    expect(read.rows[0]!.text).toMatch(/^lseek\(3, 1024, SEEK_SET\)/);
  });
});
