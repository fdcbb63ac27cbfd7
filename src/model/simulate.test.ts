import { describe, expect, it } from 'vitest';
import {
  bvecRead,
  scenario,
  STRADDLING_BVECS,
  TWO_PAGE_SEGMENTS,
} from '../../test/support/scenarios';
import { PRESETS } from './presets';
import { provenanceOf } from './provenance';
import { parseScenario } from './scenario/validate';
import { bytesOfCell, simulate, type Simulation } from './simulate';
import { VERSION_IDS, type VersionId } from './versions';

/** The bytes the process has at (page, offset..offset+length) on a lane at the end. */
function memoryBytes(
  sim: Simulation,
  lane: VersionId | 'oracle',
  page: number,
  offset: number,
  length: number,
) {
  const out = new Uint8Array(length);
  for (let at = 0; at < length; at += 512) {
    const ref = sim.lanes[lane].read('memory', page, (offset + at) / 512);
    out.set(bytesOfCell(sim, ref).subarray(0, Math.min(512, length - at)), at);
  }
  return out;
}
const ascii = (b: Uint8Array) => String.fromCharCode(...b);
const presetScenario = (id: string) => {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return parsed.value;
};

describe('simulate: the parted preset', () => {
  const sim = simulate(presetScenario('parted-gpt'), { trace: true });
  // The 16 KiB buffer starts at page 11 offset 3072; buffer byte 1024 is page 12 offset 0.
  it('returns "EFI PART" at disk offset 2048 under 0a8704a51 only', () => {
    expect(ascii(memoryBytes(sim, '0a8704a51', 12, 0, 8))).toBe('EFI PART');
    for (const v of ['d62f69185', 'b7649158', 'oracle'] as const) {
      expect(memoryBytes(sim, v, 12, 0, 512).every((b) => b === 0)).toBe(true);
    }
  });

  it('leaves MBR bytes (55 aa) further on under 0a8704a51', () => {
    // Grant 0 cell 4 held the MBR (the first read was at page offset 2048); it lands at page 12 + 2048.
    const mbr = memoryBytes(sim, '0a8704a51', 12, 2048, 512);
    expect([mbr[510], mbr[511]]).toEqual([0x55, 0xaa]);
  });

  it('traces the stale header back to request 1 and disk LBA 1', () => {
    const last = sim.steps.length - 1;
    const p = provenanceOf(sim, '0a8704a51', { region: 'memory', index: 12, cell: 0 }, last);
    expect(p.root).toEqual({ kind: 'disk' });
    expect(p.rootCell).toBe(1);
    expect(p.hops.map((h) => [h.type, h.request])).toEqual([
      ['completion-copy', 2],
      ['backend-transfer', 1],
    ]);
    expect(p.hops[0]?.from).toEqual({ region: 'grant', index: 0, cell: 0 });
  });

  it('counts the corruption per version', () => {
    expect(sim.totals['0a8704a51'].corruptBytes).toBeGreaterThan(0);
    expect(sim.totals.d62f69185.corruptBytes).toBe(0);
    expect(sim.totals.b7649158.corruptBytes).toBe(0);
  });
});

describe('simulate: grant content and staleness', () => {
  it('shows uninitialised bytes for a never-written part of a fresh grant', () => {
    const sim = simulate(presetScenario('d62-commit-example'));
    // bvec 1 is page 2 offset 0; 0a8704a51 copied grant 0 bytes 0..511, never written.
    expect(ascii(memoryBytes(sim, '0a8704a51', 2, 0, 16))).toBe('UNINIT g000 c000');
    expect(ascii(memoryBytes(sim, 'b7649158', 2, 0, 16))).toBe('LBA 0000017 +000');
  });

  it('gives the RAID user buffer the previous stripe under the bvec-walking versions', () => {
    const sim = simulate(presetScenario('raid-stripe'));
    for (const v of ['0a8704a51', 'd62f69185'] as const) {
      expect(ascii(memoryBytes(sim, v, 2, 1024, 16))).toBe('LBA 0000002 +000');
    }
    expect(ascii(memoryBytes(sim, 'b7649158', 2, 1024, 16))).toBe('LBA 0000010 +000');
  });

  it('runs every version on its own disk: a read-modify-write spreads corruption only where the read was wrong', () => {
    const s = scenario({
      version: 1,
      disk: { sectors: 2048, content: 'pattern' },
      ops: [
        { op: 'read', sector: 0, bvecs: [{ page: 1, offset: 0, length: 4096 }] },
        {
          op: 'read',
          sector: 8,
          bvecs: [
            { page: 1, offset: 0, length: 1024 },
            { page: 2, offset: 1024, length: 1024 },
            { page: 3, offset: 2048, length: 2048 },
          ],
        },
        {
          op: 'write',
          sector: 8,
          bvecs: [
            { page: 1, offset: 0, length: 1024 },
            { page: 2, offset: 1024, length: 1024 },
            { page: 3, offset: 2048, length: 2048 },
          ],
        },
      ],
    });
    const sim = simulate(s);
    const write = sim.requests[2]!;
    expect(write.versions['0a8704a51'].diskCorruptBytes).toBeGreaterThan(0);
    expect(write.versions.b7649158.diskCorruptBytes).toBe(0);
    expect(sim.totals.d62f69185.diskCorruptBytes).toBe(write.versions.d62f69185.diskCorruptBytes);
    // Sector 10 on the buggy disks now holds what sector 2 held.
    const sector10 = (v: VersionId) =>
      ascii(bytesOfCell(sim, sim.lanes[v].read('disk', 10, 0)).subarray(0, 16));
    expect(sector10('0a8704a51')).toBe('LBA 0000002 +000');
    expect(sector10('b7649158')).toBe('LBA 0000010 +000');
  });
});

describe('simulate: errors are results', () => {
  it('fails a misaligned O_DIRECT buffer with EINVAL and no request', () => {
    const sim = simulate(
      scenario({
        version: 1,
        disk: { sectors: 64, content: 'zero' },
        ops: [{ op: 'read', sector: 0, buffer: { address: 100, length: 512 } }],
      }),
    );
    expect(sim.ops[0]).toMatchObject({ status: 'EINVAL', requests: [] });
    expect(sim.requests).toHaveLength(0);
  });

  it('fails a read past the end of the disk with EIO before the ring', () => {
    const sim = simulate(
      scenario({
        version: 1,
        disk: { sectors: 64, content: 'zero' },
        ops: [{ op: 'read', sector: 60, buffer: { address: 0, length: 4096 } }],
      }),
    );
    expect(sim.requests[0]).toMatchObject({ status: 'EIO', grants: [] });
    expect(sim.requests[0]?.reason).toMatch(/beyond end of device/);
  });

  it('reports what each version does when a what-if lets an sg entry cross a page', () => {
    const sim = simulate(bvecRead(STRADDLING_BVECS, { kernel: TWO_PAGE_SEGMENTS }));
    const req = sim.requests[0]!;
    expect(req.sg).toHaveLength(1);
    expect(req.status).toBe('EIO');
    expect(req.reason).toMatch(/last_sect 15/);
    expect(req.versions.b7649158).toMatchObject({
      status: 'BUG',
      bug: 'BUG_ON(sg->offset + sg->length > PAGE_SIZE)',
    });
    expect(req.versions.d62f69185).toMatchObject({
      status: 'BUG',
      bug: 'BUG_ON(i >= nr_segments)',
    });
    expect(req.versions['0a8704a51']).toMatchObject({ status: 'EIO', bug: null, wrongBvecs: [1] });
  });

  it('lets 0a8704a51 read a stale grants_used slot, or oops on a NULL one', () => {
    const whatIf = { kernel: TWO_PAGE_SEGMENTS };
    const crossing = [
      { page: 0, offset: 0, length: 4096 },
      { page: 1, offset: 0, length: 4096 },
    ];
    const alone = simulate(bvecRead(crossing, whatIf));
    expect(alone.requests[0]?.versions['0a8704a51'].bug).toMatch(
      /NULL pointer dereference: grants_used\[1\]/,
    );

    const twoSegmentsFirst = scenario({
      version: 1,
      ...whatIf,
      disk: { sectors: 4096, content: 'pattern' },
      ops: [
        {
          op: 'read',
          sector: 0,
          bvecs: [
            { page: 5, offset: 0, length: 512 },
            { page: 7, offset: 0, length: 512 },
          ],
        },
        { op: 'read', sector: 8, bvecs: crossing },
      ],
    });
    const sim = simulate(twoSegmentsFirst, { trace: true });
    const copy = sim.steps.find(
      (s) => s.type === 'completion-copy' && s.request === 1 && s.iteration === 1,
    );
    expect(copy?.type === 'completion-copy' && copy.lanes['0a8704a51']).toMatchObject({
      kind: 'copy',
      staleSlot: true,
    });
    expect(sim.requests[1]?.versions['0a8704a51'].bug).toBeNull();
  });

  it('stops a version after its kernel BUG and marks later requests not-run', () => {
    const sim = simulate(
      scenario({
        version: 1,
        kernel: TWO_PAGE_SEGMENTS,
        disk: { sectors: 4096, content: 'pattern' },
        ops: [
          { op: 'read', sector: 0, bvecs: STRADDLING_BVECS },
          { op: 'read', sector: 64, buffer: { address: 40960, length: 4096 } },
        ],
      }),
    );
    expect(sim.requests[1]?.versions.b7649158.status).toBe('not-run');
    expect(sim.requests[1]?.versions['0a8704a51'].status).toBe('ok');
    expect(sim.totals.b7649158.bugs).toBe(1);
  });
});

describe('simulate: trace', () => {
  it('emits the stages in kernel order for one request', () => {
    const sim = simulate(presetScenario('d62-commit-example'), { trace: true });
    expect(sim.steps.map((s) => s.type)).toEqual([
      'op-start',
      'bio-built',
      'sg-new',
      'sg-new',
      'grant-take',
      'ring-segment',
      'grant-take',
      'ring-segment',
      'backend-transfer',
      'backend-transfer',
      'completion-copy',
      'completion-copy',
      'grant-return',
      'request-done',
      'op-done',
    ]);
    expect(sim.steps.every((s, i) => s.index === i)).toBe(true);
  });

  it('keeps the loop variables for the code pane', () => {
    const sim = simulate(presetScenario('d62-commit-example'), { trace: true });
    const second = sim.steps.filter((s) => s.type === 'completion-copy')[1]!;
    if (second.type !== 'completion-copy') throw new Error('type');
    const lane = second.lanes['0a8704a51'];
    expect(lane.kind === 'copy' && lane.copy.vars).toMatchObject({
      i: 0,
      offset: 512,
      bv_offset: 0,
      bv_len: 512,
      nr_segments: 2,
    });
    expect(lane.kind === 'copy' && lane.misdirectedBytes).toBe(512);
  });

  it('answers "what was in this cell at step k" without replaying', () => {
    const sim = simulate(presetScenario('parted-gpt'), { trace: true });
    const fill = sim.steps.find((s) => s.type === 'backend-transfer' && s.request === 1)!;
    const before = sim.lanes.b7649158.at('grant', 0, 0, fill.index - 1);
    const after = sim.lanes.b7649158.at('grant', 0, 0, fill.index);
    expect(before.writtenAt).toBeNull(); // request 0 wrote cell 4 only
    expect(after.writtenAt).toBe(fill.index);
  });

  it('is deterministic and the traced run agrees with the untraced one', () => {
    for (const preset of PRESETS) {
      const s = presetScenario(preset.id);
      const a = simulate(s);
      const b = simulate(s, { trace: true });
      expect(b.totals).toEqual(a.totals);
      expect(b.requests.map((r) => r.versions)).toEqual(a.requests.map((r) => r.versions));
    }
  });

  it('runs every version over the same grants', () => {
    const sim = simulate(presetScenario('parted-gpt'));
    for (const r of sim.requests) {
      for (const v of VERSION_IDS) expect(r.versions[v].status).toBe('ok');
    }
    expect(sim.requests.map((r) => r.grants)).toEqual([[0], [0], [0, 1, 2, 3, 4]]);
  });
});
