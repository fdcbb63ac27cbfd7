// Phase maps: the grid is the (8 offsets x 128 lengths; the RAID triangle), known cells
// have the outcomes the kernel notes' worked cases give, and every cell's outcome agrees with an
// independent judgement of its read through directIo -> bios -> analyzeLayout per request.
import { describe, expect, it } from 'vitest';
import { DEFAULT_KERNEL, parseScenario, simulate, VERSION_IDS } from '../src/model';
import {
  firstWrongCopyStep,
  phaseMapDirectIo,
  phaseMapRaid,
  type PhaseMap,
} from '../src/model/search';
import { analyzeLayout } from '../src/model/layoutOutcome';
import { buildBios } from '../src/model/stages/bios';
import { bvecsForBuffer } from '../src/model/stages/directIo';
import { pageIndex, sector } from '../src/model/units';

const identity = (p: number) => ({ pfn: p, mfn: p });
const cellAt = (map: PhaseMap, x: number, y: number) => {
  const cell = map.cells.find((c) => c.x === x && c.y === y);
  if (!cell) throw new Error(`no cell ${x},${y}`);
  return cell;
};

describe('O_DIRECT phase map', () => {
  const map = phaseMapDirectIo();

  it('covers every page offset 0..3584 and length 512..64 KiB in 512-byte steps', () => {
    expect(map.xValues).toEqual([0, 512, 1024, 1536, 2048, 2560, 3072, 3584]);
    expect(map.yValues).toHaveLength(128);
    expect(map.yValues[0]).toBe(512);
    expect(map.yValues[127]).toBe(65536);
    expect(map.cells).toHaveLength(8 * 128);
  });

  it('shows the worked cases', () => {
    expect(cellAt(map, 0, 16384).outcome).toEqual({
      '0a8704a51': 'right',
      d62f69185: 'right',
      b7649158: 'right',
    });
    // parted: 16 KiB at page offset 512 (and 3072), wrong under 0a8704a51 only.
    for (const x of [512, 3072])
      expect(cellAt(map, x, 16384).outcome).toEqual({
        '0a8704a51': 'wrong',
        d62f69185: 'right',
        b7649158: 'right',
      });
    expect(cellAt(map, 3584, 1024).layout).toBe('(P1,3584,512) (P2,0,512)');
    expect(cellAt(map, 3584, 1024).outcome['0a8704a51']).toBe('wrong');
    // A read inside one page is one bio_vec: always right.
    expect(cellAt(map, 512, 512).outcome['0a8704a51']).toBe('right');
    // 64 KiB at offset 512 touches 17 pages: more than 11 segments, so two requests.
    expect(cellAt(map, 512, 65536).requests).toBe(2);
  });

  it('b7649158 is right everywhere; O_DIRECT never defeats d62f69185', () => {
    for (const c of map.cells) {
      expect(c.outcome.b7649158).toBe('right');
      expect(c.outcome.d62f69185).toBe('right');
    }
  });

  it('agrees in every cell with directIo -> bios -> analyzeLayout per request', () => {
    for (const c of map.cells) {
      const cut = bvecsForBuffer(DEFAULT_KERNEL.pageSize + c.x, c.y, DEFAULT_KERNEL);
      if (!cut.ok) throw new Error(cut.error.reason);
      const bios = buildBios(sector(0), cut.value, DEFAULT_KERNEL, identity);
      expect(c.requests).toBe(bios.length);
      for (const v of VERSION_IDS) {
        const verdicts = bios.map(
          (b) => analyzeLayout(b.bvecs, DEFAULT_KERNEL, identity).versions[v],
        );
        const expected = verdicts.some((x) => x.bug)
          ? 'bug'
          : verdicts.some((x) => x.misdirectedBytes > 0)
            ? 'wrong'
            : 'right';
        expect(c.outcome[v], `${c.x},${c.y} ${v}`).toBe(expected);
      }
    }
  });

  it("a cell's scenario loads and opens on a wrong copy", () => {
    const cell = cellAt(map, 512, 16384);
    const parsed = parseScenario(cell.scenario);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sim = simulate(parsed.value, { trace: true });
    const step = firstWrongCopyStep(sim, '0a8704a51');
    expect(step).not.toBeNull();
    const s = sim.steps[step!]!;
    expect(s.type === 'completion-copy' && sim.requests[s.request]!.op).toBe(1);
    expect(
      sim.requests.find((r) => r.op === 1)!.versions['0a8704a51'].corruptBytes,
    ).toBeGreaterThan(0);
    expect(structuredClone(map.cells[0])).toEqual(map.cells[0]);
  });

  it('shows kernel BUGs under a two-page segment what-if', () => {
    const wide = phaseMapDirectIo({
      ...DEFAULT_KERNEL,
      maxSegmentSize: 8192,
      segmentBoundaryMask: 8191,
    });
    expect(wide.cells.some((c) => c.outcome.b7649158 === 'bug')).toBe(true);
    // Pages 2 and 3 share an 8 KiB boundary window (pages 1 and 2 do not), so they merge.
    expect(cellAt(wide, 0, 8192).outcome.b7649158).toBe('right');
    expect(cellAt(wide, 0, 12288).outcome.b7649158).toBe('bug');
  });
});

describe('RAID phase map', () => {
  const map = phaseMapRaid();

  it('covers every stripe offset and user length that fit a 4 KiB stripe unit', () => {
    expect(map.xValues).toEqual([0, 512, 1024, 1536, 2048, 2560, 3072, 3584]);
    expect(map.yValues).toEqual([512, 1024, 1536, 2048, 2560, 3072, 3584, 4096]);
    expect(map.cells).toHaveLength(36);
    for (const c of map.cells) expect(c.x + c.y).toBeLessThanOrEqual(4096);
  });

  it('the RAID preset layout is wrong under both bio_vec walks, right under b7649158', () => {
    const c = cellAt(map, 1024, 1024);
    expect(c.layout).toBe('(P1,0,1024) (P2,1024,1024) (P3,2048,2048)');
    expect(c.outcome).toEqual({ '0a8704a51': 'wrong', d62f69185: 'wrong', b7649158: 'right' });
    // The whole stripe is the user's buffer: one bio_vec, right everywhere.
    expect(cellAt(map, 0, 4096).outcome.d62f69185).toBe('right');
  });

  it('agrees in every cell with analyzeLayout of its bio_vecs', () => {
    for (const c of map.cells) {
      const bvecs = [
        { page: pageIndex(1), offset: 0, length: c.x },
        { page: pageIndex(2), offset: c.x, length: c.y },
        { page: pageIndex(3), offset: c.x + c.y, length: 4096 - c.x - c.y },
      ].filter((b) => b.length > 0);
      const out = analyzeLayout(bvecs, DEFAULT_KERNEL, identity);
      for (const v of VERSION_IDS) {
        const o = out.versions[v];
        expect(c.outcome[v], `${c.x},${c.y} ${v}`).toBe(
          o.bug ? 'bug' : o.misdirectedBytes > 0 ? 'wrong' : 'right',
        );
      }
    }
  });
});
