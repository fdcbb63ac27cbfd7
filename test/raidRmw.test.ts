// The read-modify-write preset: a RAID layer reads a 4 KiB stripe unit around a 1 KiB user write,
// patches the user's 1 KiB, and writes the stripe unit back. The expected disk is derived here
// from the layout alone (which grant holds what after each request), with a pattern generator
// written independently of src/model/disk/pattern.ts, so the model's numbers are checked, not
// echoed.
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../src/model/presets';
import { bytesOfCell, simulate, type Simulation } from '../src/model/simulate';
import { VERSION_IDS, type VersionId } from '../src/model/versions';
import { scenario } from './support/scenarios';

/** A pattern sector as docs/scenario-format.md describes it: 32 records `LBA 0000012 +1f0`. */
function patternSector(sector: number): Uint8Array {
  let text = '';
  for (let offset = 0; offset < 512; offset += 16) {
    text += `LBA ${String(sector).padStart(7, '0')} +${offset.toString(16).padStart(3, '0')}`;
  }
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const FILL_TEXT = 'USER DATA 1 KiB ';
/** Sector `n` of the op's data filled with FILL_TEXT, repeated by position in the op's data. */
function fillSector(n: number): Uint8Array {
  return Uint8Array.from({ length: 512 }, (_, i) =>
    FILL_TEXT.charCodeAt((n * 512 + i) % FILL_TEXT.length),
  );
}

const differing = (a: Uint8Array, b: Uint8Array) => a.reduce((n, x, i) => n + +(x !== b[i]), 0);

const preset = PRESETS.find((p) => p.id === 'raid-rmw');
const sim = simulate(scenario(preset?.json));
const diskSector = (s: Simulation, lane: VersionId | 'oracle', sector: number) =>
  bytesOfCell(s, s.lanes[lane].read('disk', sector, 0));

// Stripe unit 1 = sectors 8..15. Read (op 1): segments are S1@0 (sectors 8-9, grant 0),
// U@1024 (10-11, fresh grant 1), S2@2048 (12-15, fresh grant 2). Grant 0's bytes 1024..4095 still
// hold sectors 2..7 from op 0. 0a8704a51 (running count < 4096) and d62f69185 (offsets never go
// backwards) copy all three bio_vecs from grant 0, so S2 gets sectors 4..7. The write (op 2)
// replaces U's 1 KiB with the fill (op data bytes 1024..2047 = fill sectors 2 and 3) and copies
// every sg entry faithfully, so disk sectors 12..15 receive sectors 4..7 under both buggy versions.
const BUGGY: readonly VersionId[] = ['0a8704a51', 'd62f69185'];
const expectedDisk = (v: VersionId, sector: number): Uint8Array => {
  if (sector === 10 || sector === 11) return fillSector(sector - 8);
  if (sector >= 12 && sector <= 15 && BUGGY.includes(v)) return patternSector(sector - 8);
  return patternSector(sector);
};

describe('raid-rmw preset', () => {
  it('is registered right after raid-stripe', () => {
    const ids = PRESETS.map((p) => p.id);
    expect(ids.indexOf('raid-rmw')).toBe(ids.indexOf('raid-stripe') + 1);
  });

  it.each(VERSION_IDS)('%s leaves the stripe unit on disk as derived from the layout', (v) => {
    for (let s = 8; s < 16; s++)
      expect(diskSector(sim, v, s), `sector ${s}`).toEqual(expectedDisk(v, s));
  });

  it('the oracle writes the user data and the untouched neighbours', () => {
    for (let s = 8; s < 16; s++) {
      expect(diskSector(sim, 'oracle', s)).toEqual(expectedDisk('b7649158', s));
    }
  });

  it('corrupts exactly sectors 12..15 under the buggy versions, none under b7649158', () => {
    for (const v of VERSION_IDS) {
      const bad = [];
      for (let s = 0; s < 16; s++) {
        if (differing(diskSector(sim, v, s), diskSector(sim, 'oracle', s)) > 0) bad.push(s);
      }
      expect(bad, v).toEqual(BUGGY.includes(v) ? [12, 13, 14, 15] : []);
    }
  });

  it('counts diskCorruptBytes as the byte difference of sectors 4..7 over 12..15', () => {
    let expected = 0;
    for (let s = 12; s < 16; s++) expected += differing(patternSector(s - 8), patternSector(s));
    // "LBA 0000004" vs "LBA 0000012": the last two digits differ in each of the 32 records.
    expect(expected).toBe(4 * 32 * 2);
    const write = sim.requests.find((r) => r.kind === 'write');
    for (const v of VERSION_IDS) {
      const want = BUGGY.includes(v) ? expected : 0;
      expect(sim.totals[v].diskCorruptBytes, v).toBe(want);
      expect(write?.versions[v].diskCorruptBytes, v).toBe(want);
    }
  });

  it("the read puts stale sectors in the user's page and S2 under the buggy versions", () => {
    const read = sim.requests[1];
    // U (1024 B) gets sectors 2-3 instead of 10-11; S2 (2048 B) gets 4-7 instead of 12-15.
    let corrupt = 0;
    for (let s = 10; s < 16; s++) corrupt += differing(patternSector(s - 8), patternSector(s));
    for (const v of VERSION_IDS) {
      expect(read?.versions[v].misdirectedBytes, v).toBe(BUGGY.includes(v) ? 3072 : 0);
      expect(read?.versions[v].corruptBytes, v).toBe(BUGGY.includes(v) ? corrupt : 0);
    }
  });
});

describe('fill range', () => {
  const base = {
    version: 1,
    disk: { sectors: 64, content: 'zero' },
  } as const;

  it('fills only the given part of the op data, text positioned in the whole op', () => {
    const s = simulate(
      scenario({
        ...base,
        ops: [
          {
            op: 'write',
            sector: 0,
            buffer: { address: 3584, length: 2048 },
            fill: { text: 'abc', offset: 512, length: 1024 },
          },
        ],
      }),
      { trace: true },
    );
    // Op data bytes 512..1535 = page 1 bytes 0..1023 (the buffer starts at page 0 offset 3584).
    const step = s.steps.find((x) => x.type === 'process-fill');
    expect(step?.type === 'process-fill' && step.ranges).toEqual([
      { page: 1, offset: 0, length: 1024 },
    ]);
    const text = (sector: number) => String.fromCharCode(...diskSector(s, 'oracle', sector));
    expect(diskSector(s, 'oracle', 0)).toEqual(new Uint8Array(512));
    // Byte 512 of the op is 'abc'[512 % 3] = 'c'.
    expect(text(1).slice(0, 4)).toBe('cabc');
    expect(text(2).slice(0, 4)).toBe('bcab');
    expect(diskSector(s, 'oracle', 3)).toEqual(new Uint8Array(512));
  });
});
