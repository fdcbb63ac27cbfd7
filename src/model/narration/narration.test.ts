import { describe, expect, it } from 'vitest';
import { STRADDLING_BVECS, TWO_PAGE_SEGMENTS } from '../../../test/support/scenarios';
import { narrateStep } from '.';
import { PRESETS } from '../presets';
import { parseScenario } from '../scenario/validate';
import { simulate, type Simulation } from '../simulate';
import { VERSION_IDS } from '../versions';

function run(json: unknown): Simulation {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return simulate(parsed.value, { trace: true });
}
const preset = (id: string) => run(PRESETS.find((p) => p.id === id)!.json);

describe('narrateStep', () => {
  it.each(PRESETS.map((p) => p.id))('narrates every step of %s for every focus', (id) => {
    const sim = preset(id);
    for (const step of sim.steps) {
      for (const v of VERSION_IDS) {
        const text = narrateStep(sim, step.index, v);
        expect(text.length, `${step.index} ${step.type}`).toBeGreaterThan(20);
        expect(text, `${step.index} ${step.type}`).not.toMatch(/undefined|NaN|null|\[object/);
      }
    }
  });

  it('returns an empty string past the end of the trace', () => {
    const sim = preset('page-aligned');
    expect(narrateStep(sim, sim.steps.length, 'b7649158')).toBe('');
  });

  describe("d62f69185's own example, second copy", () => {
    const sim = preset('d62-commit-example');

    it('explains why 0a8704a51 reads uninitialised bytes of grant 0', () => {
      const text = narrateStep(sim, 11, '0a8704a51');
      expect(text).toContain('starts at page offset 0 but the running byte count is 512');
      expect(text).toContain('i = 512 >> 12 = 0');
      expect(text).toContain('from grant 0 at offset 0');
      expect(text).toContain("grant 0 holds this request's data only at bytes 3584–4095");
      expect(text).toContain('bytes 0–511 there are uninitialised (a fresh page)');
      expect(text).toContain('(sector 17) is in grant 1 at offset 0');
      expect(text).toContain('d62f69185 and b7649158 both copy from grant 1 at offset 0 (right)');
    });

    it("explains d62f69185's bv_offset < offset decision", () => {
      const text = narrateStep(sim, 11, 'd62f69185');
      expect(text).toContain('page offset 0, below where the previous bio_vec ended (4096)');
      expect(text).toContain('i++ makes i = 1');
      expect(text).toContain('right');
      expect(text).toContain('Meanwhile 0a8704a51 copies from grant 0 at offset 0 (wrong)');
    });

    it('says b7649158 copies segment i from grant i', () => {
      const text = narrateStep(sim, 11, 'b7649158');
      expect(text).toContain('Scatterlist entry 1 (P2, 0, 512) is segment 1');
      expect(text).toContain('grants_used[i]');
      expect(text).toContain('exactly where the backend put sector 17');
    });

    it('does not mention other versions when they all agree', () => {
      expect(narrateStep(sim, 10, '0a8704a51')).not.toContain('Meanwhile');
    });
  });

  it('explains why each scatterlist entry started', () => {
    const d62 = preset('d62-commit-example');
    expect(narrateStep(d62, 2, 'b7649158')).toContain("the request's first bio_vec");
    expect(narrateStep(d62, 3, 'b7649158')).toMatch(/4096-byte boundary.*mask 4095/);
    const parted = preset('parted-gpt');
    expect(narrateStep(parted, 23, 'b7649158')).toContain(
      '1024 + 4096 bytes would exceed max_segment_size (4096)',
    );
    const raid = preset('raid-stripe');
    expect(narrateStep(raid, 13, 'b7649158')).toContain(
      'physical address 0x2400, not where bio_vec 0 ends (0x1400)',
    );
  });

  it('tells a reused grant (and who used it last) from a fresh page', () => {
    const parted = preset('parted-gpt');
    expect(narrateStep(parted, 27, '0a8704a51')).toContain(
      'takes grant 0 from the head of the free list (request 1 used it last',
    );
    expect(narrateStep(parted, 29, '0a8704a51')).toMatch(/new page .* grant 1.*uninitialised/);
  });

  it('turns first_sect into a grant offset for ring segments and backend transfers', () => {
    const d62 = preset('d62-commit-example');
    expect(narrateStep(d62, 5, '0a8704a51')).toContain(
      'first_sect 7, last_sect 7 }: the backend will move 1 sector into bytes 3584–4095 of grant 0',
    );
    expect(narrateStep(d62, 8, '0a8704a51')).toContain(
      'reads disk sector 16 into bytes 3584–4095 of grant 0',
    );
  });

  it('names stale bytes and the request that left them (parted)', () => {
    const text = narrateStep(preset('parted-gpt'), 43, '0a8704a51');
    expect(text).toContain('i = 1024 >> 12 = 0');
    expect(text).toContain('bytes 0–511 there are stale (sector 1, read by request 1)');
    expect(text).toContain('2048–2559 stale (sector 0, read by request 0)');
  });

  it("names this request's own data in the wrong place (one page behind)", () => {
    const text = narrateStep(preset('parted-gpt'), 44, '0a8704a51');
    expect(text).toContain(
      "bytes 0–4095 of grant 1 are this request's sectors 4–11 (bio_vec 1's data)",
    );
    expect(text).toContain('The data bio_vec 2 needs (sectors 12–19) is in grant 2');
  });

  it('shows d62f69185 keeping i for the RAID layout, and b7649158 getting it right', () => {
    const raid = preset('raid-stripe');
    const text = narrateStep(raid, 25, 'd62f69185');
    expect(text).toContain('page offset 1024, not below where the previous bio_vec ended (1024)');
    expect(text).toContain('i stays 0');
    expect(text).toContain('stale (sectors 2–3, read by request 0)');
    expect(text).toContain('b7649158 copies from grant 1 at offset 1024 (right)');
  });

  it('gives each version its verdict when a request is done', () => {
    const d62 = preset('d62-commit-example');
    expect(narrateStep(d62, 13, 'b7649158')).toBe(
      'Request 0 (READ) is done. With d62f69185 and b7649158, the process got exactly what the disk holds; with 0a8704a51, 512 bytes came from the wrong place, 398 of them differing from the disk.',
    );
    expect(narrateStep(preset('page-aligned'), 23, 'd62f69185')).toContain(
      'In all 3 versions, the process got exactly what the disk holds.',
    );
  });

  it('explains BUGs, rejects, EINVAL and EIO in what-if scenarios', () => {
    const sim = run({
      version: 1,
      kernel: TWO_PAGE_SEGMENTS,
      disk: { sectors: 64, content: 'pattern' },
      ops: [
        { op: 'read', sector: 0, bvecs: STRADDLING_BVECS },
        { op: 'read', sector: 0, buffer: { address: 100, length: 512 } },
        { op: 'read', sector: 60, buffer: { address: 0, length: 4096 } },
      ],
    });
    const textOf = (type: string, v: (typeof VERSION_IDS)[number] = '0a8704a51', nth = 0) =>
      narrateStep(sim, sim.steps.filter((s) => s.type === type)[nth]!.index, v);
    expect(textOf('sg-merge')).toContain('runs past the end of its page');
    expect(textOf('backend-reject')).toMatch(/last_sect 15.*EIO/);
    expect(textOf('completion-copy', 'b7649158')).toContain(
      'sg->offset 2048 + sg->length 6144 > 4096',
    );
    expect(textOf('completion-copy', 'd62f69185', 1)).toMatch(
      /moves to i = 1, but the request has only 1 segment: BUG_ON\(i >= nr_segments\)/,
    );
    expect(textOf('completion-copy', 'b7649158', 1)).toContain('already stopped at a BUG');
    expect(textOf('op-failed')).toContain('EINVAL');
    expect(textOf('op-failed')).toContain('address 100');
    expect(textOf('request-rejected')).toContain('bio_check_eod');
    expect(textOf('request-done', 'd62f69185', 0)).toContain(
      'With d62f69185 and b7649158, the kernel crashed (BUG); with 0a8704a51, the process gets EIO.',
    );
  });
});
