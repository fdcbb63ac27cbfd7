// The program's text: header, expected outcomes derived by hand, placement, escaping. Compiling
// and running the programs is test/cReproducer.test.ts.
import { describe, expect, it } from 'vitest';
import { scenario } from '../../../test/support/scenarios';
import { PRESETS } from '../presets';
import { toCProgram } from './cReproducer';

const preset = (id: string) => scenario(PRESETS.find((p) => p.id === id)?.json);
/** Comment prose with its line breaks and ` * ` prefixes folded into spaces. */
const flat = (text: string) => text.replace(/\s*\n\s*\*\s+/g, ' ');

describe('toCProgram', () => {
  const rmw = toCProgram(preset('raid-rmw'), { device: '/dev/xvdc' });

  it('opens with the title, a WARNING, build and run instructions', () => {
    expect(rmw).toMatch(/^\/\*\n \* Reproducer: RAID read-modify-write puts stale bytes on disk\n/);
    expect(flat(rmw)).toContain(
      "WARNING: --prepare OVERWRITES sectors 0..15 of the device with a test pattern, and the scenario's writes overwrite sectors 8..15 on every run.",
    );
    expect(rmw).toContain(' *   cc -O2 -Wall -o repro repro.c');
    expect(rmw).toContain('./repro --prepare /dev/xvdc');
    expect(rmw).toContain('#define _GNU_SOURCE');
  });

  it('states the expected outcome per version, as derived from the layout', () => {
    // Op 1 reads stripe unit 1 (sectors 8-15) into S1@0, U@1024, S2@2048. Both buggy versions
    // copy U and S2 from grant 0, which holds sectors 2-7 of op 0: op data bytes 1024..4095
    // (sectors 10..15) are wrong, and the write-back puts S2's stale bytes on sectors 12..15.
    const section = rmw.slice(rmw.indexOf('Expected outcome'), rmw.indexOf('The three completion'));
    expect(section).toContain(
      [
        " *   With 0a8704a51's completion copy (Persistent grants (original)):",
        ' *     MISMATCH op 1 (read sector 8): buffer bytes 1024..4095, disk sectors 10..15',
        ' *     MISMATCH on disk: sectors 12..15',
        ' *     result: 2 mismatches (exit status 1)',
        " *   With d62f69185's completion copy (Handle bvecs with partial data):",
        ' *     MISMATCH op 1 (read sector 8): buffer bytes 1024..4095, disk sectors 10..15',
        ' *     MISMATCH on disk: sectors 12..15',
        ' *     result: 2 mismatches (exit status 1)',
        " *   With b7649158's completion copy (Per-request scatterlist):",
        ' *     result: no mismatch (exit status 0)',
      ].join('\n'),
    );
  });

  it("places each op's buffer at the scenario's address in the arena", () => {
    // Page p = arena + p * 4096: S1 = page 1 @0, U = page 2 @1024, S2 = page 3 @2048.
    expect(rmw).toContain(
      'static const struct span op1_spans[] = { { 4096, 1024 }, { 9216, 1024 }, { 14336, 2048 } };',
    );
    expect(rmw).toContain('#define ARENA_PAGES 4');
    expect(rmw).toContain('{ FILL_TEXT, 0, "USER DATA 1 KiB ", 1024, 1024 }');
  });

  it('says when a what-if or a GPT disk makes the real run differ', () => {
    const parted = toCProgram(preset('parted-gpt'));
    expect(flat(parted)).toContain('The scenario\'s disk holds "gpt" content');
    const indirect = toCProgram(preset('indirect-256'));
    expect(flat(indirect)).toContain('kernel what-ifs (maxSegments 256)');
  });

  it('skips, with the reason, an op only a stacked driver can build', () => {
    const s = scenario({
      version: 1,
      disk: { sectors: 64, content: 'pattern' },
      ops: [
        {
          op: 'read',
          sector: 4,
          bvecs: [
            { page: 3, offset: 0, length: 512 },
            { page: 3, offset: 512, length: 512 },
          ],
        },
      ],
    });
    const text = toCProgram(s);
    expect(text).toContain('"needs a stacked driver: direct-io would build different bio_vecs');
    expect(flat(text)).toContain('md RAID over xen-blkfront with a 4 KiB chunk');
    expect(flat(text)).toContain('The program skips op 0');
  });

  it('keeps hostile scenario text inside its comment and string literals', () => {
    const text = toCProgram(
      scenario({
        version: 1,
        title: 'x */ int main(void) { return 9; } /* ??/',
        description: 'ends */ here "quoted" \\ back',
        disk: { sectors: 64, content: 'zero' },
        ops: [
          {
            op: 'read',
            sector: 0,
            buffer: { address: 0, length: 512 },
            label: 'label "with" \\ quotes ??= */',
          },
        ],
      }),
    );
    const header = text.slice(0, text.indexOf('*/\n') + 2);
    // The header comment ends exactly once, at its own end.
    expect(header.match(/\*\//g)).toHaveLength(1);
    expect(header).toContain('x *\\/ int main(void) { return 9; } /\\* ? ?/');
    expect(text).toContain('"label \\"with\\" \\\\ quotes \\?\\?= */"');
  });
});
