import { describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate, type Simulation } from '../model';
import {
  arraySource,
  bufferIndexOf,
  byteLocation,
  differsAt,
  foldRows,
  formatRow,
  hexdumpText,
  nextDifferenceRow,
  previousDifferenceRow,
  requestDump,
  requestLines,
  rowDiffers,
} from './hexdump';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const zeros = (n: number) => new Array<number>(n).fill(0);

function presetSim(id: string): Simulation {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value, { trace: true });
}

// Expected text below is what `hexdump -C` prints for the same bytes, typed out by hand.
describe('hexdump -C text', () => {
  it('prints offset, two groups of eight hex pairs and the ASCII column', () => {
    const source = arraySource([...ascii('EFI PART'), 0, 0, 1, 0, 0x5c, 0, 0, 0]);
    expect(formatRow(source, 0)).toBe(
      '00000000  45 46 49 20 50 41 52 54  00 00 01 00 5c 00 00 00  |EFI PART....\\...|',
    );
  });

  it('folds rows equal to the row before into one * and ends with the length', () => {
    const source = arraySource([...ascii('EFI PART'), ...zeros(40)]);
    expect(hexdumpText(source)).toBe(
      [
        '00000000  45 46 49 20 50 41 52 54  00 00 00 00 00 00 00 00  |EFI PART........|',
        '00000010  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|',
        '*',
        '00000030',
        '',
      ].join('\n'),
    );
  });

  it('pads a short last row like hexdump', () => {
    expect(hexdumpText(arraySource([0x61, 0x62, 0x0a]))).toBe(
      '00000000  61 62 0a                                          |ab.|\n00000003\n',
    );
  });

  it('shows bytes not there yet as .. and a blank ASCII cell, and shifts offsets by base', () => {
    const source = arraySource([0x41, null, 0x7f, 0x20, ...new Array<null>(12).fill(null)]);
    expect(formatRow(source, 0, 0x400)).toBe(
      '00000400  41 .. 7f 20 .. .. .. ..  .. .. .. .. .. .. .. ..  |A .             |',
    );
  });

  it('never folds a kept row, and folds again after it', () => {
    const text = hexdumpText(arraySource(zeros(64)), 0, (row) => row === 2);
    expect(text).toBe(
      [
        '00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|',
        '*',
        '00000020  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|',
        '*',
        '00000040',
        '',
      ].join('\n'),
    );
  });

  it('folds runs into repeat lines that count their rows', () => {
    expect(foldRows(6, (r) => r !== 3)).toEqual([
      { kind: 'row', row: 0 },
      { kind: 'repeat', firstRow: 1, rows: 2 },
      { kind: 'row', row: 3 },
      { kind: 'repeat', firstRow: 4, rows: 2 },
    ]);
  });
});

describe('a request on both sides (d62f69185 commit example)', () => {
  // One READ of sectors 16-17 into bio_vecs (P1,3584,512) (P2,0,512) on a pattern disk; the
  // original loop copies bio_vec 1 from grant 0 bytes 0-511, which no one ever wrote.
  const sim = presetSim('d62-commit-example');
  const last = sim.steps.length - 1;
  const wrong = requestDump(sim, 0, '0a8704a51', last);
  const right = requestDump(sim, 0, 'b7649158', last);

  it('walks the bio_vecs in order and pairs each cell with its sector', () => {
    expect(wrong.length).toBe(1024);
    expect(wrong.cells.map((c) => [c.page, c.pageOffset, c.sector])).toEqual([
      [1, 3584, 16],
      [2, 0, 17],
    ]);
  });

  it('shows the fresh grant page the original loop copied, next to the disk', () => {
    expect(formatRow(wrong.process, 32)).toBe(
      '00000200  55 4e 49 4e 49 54 20 67  30 30 30 20 63 30 30 30  |UNINIT g000 c000|',
    );
    expect(formatRow(wrong.disk, 32)).toBe(
      '00000200  4c 42 41 20 30 30 30 30  30 31 37 20 2b 30 30 30  |LBA 0000017 +000|',
    );
    expect(formatRow(right.process, 32)).toBe(formatRow(right.disk, 32));
  });

  it('counts differing bytes by hand: 11 per record, +16 where the offset is >= 0x100, +30 for the middle digit', () => {
    // "UNINIT g000 c000" vs "LBA 0000017 +xy0": positions 0-7, 9, 10 and 12 always differ (11);
    // x differs in the 16 records at 0x100+, y in the 30 records whose offset is not 0x000/0x100.
    expect(wrong.differingBytes).toBe(32 * 11 + 16 + 30);
    expect(wrong.differingBytes).toBe(sim.requests[0]!.versions['0a8704a51'].corruptBytes);
    expect(right.differingBytes).toBe(0);
    expect(differsAt(wrong, 512)).toBe(true);
    expect(differsAt(wrong, 512 + 8)).toBe(false); // '0' over '0'
    expect(differsAt(wrong, 0)).toBe(false);
  });

  it('marks bytes not copied yet before the completion step', () => {
    const backend = sim.steps.find((s) => s.type === 'backend-transfer')!.index;
    const early = requestDump(sim, 0, '0a8704a51', backend);
    expect(early.pendingBytes).toBe(1024);
    expect(early.differingBytes).toBe(0);
    expect(formatRow(early.process, 0)).toBe(
      '00000000  .. .. .. .. .. .. .. ..  .. .. .. .. .. .. .. ..  |                |',
    );
  });

  it('maps buffer offsets to memory and disk and back', () => {
    expect(byteLocation(wrong, 513)).toEqual({
      page: 2,
      pageOffset: 1,
      sector: 17,
      diskOffset: 17 * 512 + 1,
    });
    expect(bufferIndexOf(wrong, 2, 1)).toBe(513);
    expect(bufferIndexOf(wrong, 1, 3584 + 5)).toBe(5);
    expect(bufferIndexOf(wrong, 1, 0)).toBeNull();
  });

  it('finds the run of differing rows', () => {
    expect(rowDiffers(wrong, 31)).toBe(false);
    expect(rowDiffers(wrong, 32)).toBe(true);
    expect(nextDifferenceRow(wrong, -1)).toBe(32);
    expect(nextDifferenceRow(wrong, 40)).toBeNull();
    expect(previousDifferenceRow(wrong, 63)).toBeNull();
    expect(nextDifferenceRow(right, -1)).toBeNull();
  });
});

describe('the parted preset, 16 KiB partition-entry read (request 2)', () => {
  const sim = presetSim('parted-gpt');
  const last = sim.steps.length - 1;
  const wrong = requestDump(sim, 2, '0a8704a51', last);

  it('shows "EFI PART" at buffer offset 0x400 where the disk holds zeros', () => {
    expect(formatRow(wrong.process, 0x40)).toBe(
      '00000400  45 46 49 20 50 41 52 54  00 00 01 00 5c 00 00 00  |EFI PART....\\...|',
    );
    expect(formatRow(wrong.disk, 0x40)).toBe(
      '00000400  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|',
    );
    expect(wrong.differingBytes).toBe(sim.requests[2]!.versions['0a8704a51'].corruptBytes);
  });

  it('folds the zeros of a correct read to two lines', () => {
    expect(requestLines(requestDump(sim, 2, 'b7649158', last))).toEqual([
      { kind: 'row', row: 0 },
      { kind: 'repeat', firstRow: 1, rows: 1023 },
    ]);
  });

  it('never folds a row with a difference', () => {
    const lines = requestLines(wrong);
    const shown = new Set(lines.flatMap((l) => (l.kind === 'row' ? [l.row] : [])));
    for (let r = 0; r < 1024; r++) if (rowDiffers(wrong, r)) expect(shown.has(r)).toBe(true);
    // Rows 0x00-0x3f are zeros on both sides: one row and one *.
    expect(lines.slice(0, 3)).toEqual([
      { kind: 'row', row: 0 },
      { kind: 'repeat', firstRow: 1, rows: 63 },
      { kind: 'row', row: 64 },
    ]);
  });

  it('steps through the runs of differences: header, fresh page, MBR entry, MBR signature', () => {
    // 0x400 GPT header; 0x600-0xbff grant 0's never-written cells 1-3; 0xdc0 the protective
    // partition entry; 0xdf0 the 55 aa signature (all from grant 0, one page behind).
    const runs: number[] = [];
    for (let r = nextDifferenceRow(wrong, -1); r !== null; r = nextDifferenceRow(wrong, r))
      runs.push(r);
    expect(runs).toEqual([0x40, 0x60, 0xdc, 0xdf]);
    expect(previousDifferenceRow(wrong, 0xdf)).toBe(0xdc);
    expect(previousDifferenceRow(wrong, 0x80)).toBe(0x40);
  });

  it('splits runs where the caller says (e.g. at window edges)', () => {
    // Rows 0x60-0xbf differ; cut them into blocks of 0x20 rows.
    const joined = (a: number, b: number) => a >> 5 === b >> 5;
    expect(nextDifferenceRow(wrong, 0x60, joined)).toBe(0x80);
    expect(nextDifferenceRow(wrong, 0xa5, joined)).toBe(0xdc);
    expect(previousDifferenceRow(wrong, 0xa5, joined)).toBe(0x80);
    expect(previousDifferenceRow(wrong, 0x80, joined)).toBe(0x60);
  });

  it('shows a finished request as it completed, whatever the later step', () => {
    const done = requestDump(sim, 1, '0a8704a51', last);
    expect(done.asOf).toBe(sim.requests[1]!.lastStep);
    expect(done.pendingBytes).toBe(0);
  });
});
