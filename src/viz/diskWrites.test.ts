import { describe, expect, it } from 'vitest';
import raidRmw from '../../scenarios/raid-rmw.json';
import raidStripe from '../../scenarios/raid-stripe.json';
import { parseScenario, simulate, type Simulation } from '../model';
import {
  MAX_LISTED_SECTORS,
  countDifferent,
  diskWrites,
  listedRows,
  type DiskWrite,
  type WriteSector,
} from './diskWrites';

function traced(json: unknown): Simulation {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return simulate(parsed.value, { trace: true });
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

describe('diskWrites', () => {
  it('lists nothing for a scenario without writes', () => {
    expect(diskWrites(traced(raidStripe))).toEqual([]);
  });

  // raid-rmw: the stripe unit at sectors 8-15 is read around the user's 1 KiB (sectors 10-11),
  // then written back whole. Under 0a8704a51 and d62f69185 scratch page S2 (sectors 12-15) was
  // filled from grant 0's stale bytes 2048-4095, which the first read (sectors 0-7) left there:
  // sectors 4-7. So those versions write image sectors 4-7 over 12-15 (see the scenario file).
  const sim = traced(raidRmw);
  const [write] = diskWrites(sim);

  it('covers the write request sector by sector', () => {
    expect(write).toBeDefined();
    expect(write!.op).toBe(2);
    expect(write!.rows.map((r) => r.sector)).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('shows the image before the write, and the user data where the fill went', () => {
    for (const row of write!.rows) expect(row.before).toEqual(sim.image.sectorBytes(row.sector));
    const userSector = write!.rows.find((r) => r.sector === 10)!;
    expect(ascii(userSector.correct, 0, 16)).toBe('USER DATA 1 KiB ');
    // Outside the user's 1 KiB a correct read-modify-write leaves the disk as it was.
    const s12 = write!.rows.find((r) => r.sector === 12)!;
    expect(s12.correct).toEqual(sim.image.sectorBytes(12));
  });

  it('finds the stale sectors the buggy versions put on disk, and none for b7649158', () => {
    for (const row of write!.rows) {
      const stale = row.sector >= 12;
      for (const v of ['0a8704a51', 'd62f69185'] as const) {
        const expected = stale ? sim.image.sectorBytes(row.sector - 8) : row.correct;
        expect(row.after[v]).toEqual(expected);
        expect(row.corrupt[v]).toBe(countDifferent(expected, row.correct));
      }
      expect(row.after.b7649158).toEqual(row.correct);
      expect(row.corrupt.b7649158).toBe(0);
    }
    // The model's own per-version total for the run agrees with the per-sector sum.
    for (const v of ['0a8704a51', 'd62f69185', 'b7649158'] as const) {
      expect(write!.corruptBytes[v]).toBe(sim.totals[v].diskCorruptBytes);
    }
    expect(write!.corruptBytes['0a8704a51']).toBeGreaterThan(0);
  });
});

describe('countDifferent', () => {
  it('counts differing positions', () => {
    expect(countDifferent(new Uint8Array([1, 2, 3]), new Uint8Array([1, 0, 0]))).toBe(2);
    expect(countDifferent(new Uint8Array([7]), new Uint8Array([7]))).toBe(0);
  });
});

describe('listedRows', () => {
  const row = (sector: number, bad: boolean): WriteSector => ({
    sector,
    before: new Uint8Array(0),
    correct: new Uint8Array(0),
    after: { '0a8704a51': null, d62f69185: null, b7649158: null },
    corrupt: { '0a8704a51': bad ? 7 : 0, d62f69185: 0, b7649158: 0 },
  });
  const write = (rows: WriteSector[]): DiskWrite => ({
    request: 0,
    op: 0,
    sector: 0,
    sectors: rows.length,
    status: { '0a8704a51': 'ok', d62f69185: 'ok', b7649158: 'ok' },
    corruptBytes: { '0a8704a51': 0, d62f69185: 0, b7649158: 0 },
    rows,
  });

  it('lists every sector of a small write', () => {
    const w = write([row(0, false), row(1, true)]);
    expect(listedRows(w)).toBe(w.rows);
  });

  it('lists only the corrupted sectors of a large write, at most the maximum', () => {
    const rows = Array.from({ length: 2048 }, (_, s) => row(s, s === 100 || s >= 1000));
    const listed = listedRows(write(rows));
    expect(listed).toHaveLength(MAX_LISTED_SECTORS);
    expect(listed.map((r) => r.sector).slice(0, 3)).toEqual([100, 1000, 1001]);
  });

  it('lists the first sectors of a large write nobody corrupted', () => {
    const rows = Array.from({ length: 100 }, (_, s) => row(s, false));
    expect(listedRows(write(rows)).map((r) => r.sector)).toEqual(
      Array.from({ length: MAX_LISTED_SECTORS }, (_, s) => s),
    );
  });
});
