// Expected lines are written out by hand from blkparse's default format (blkparse_fmt.c
// process_default: "%3d,%-3d %2d %8d %5d.%09lu %5u %2s %3s " then "sector + nsectors [comm]", or
// "[error]" for C; notes as blkparse.c prints BLK_TN_MESSAGE: sequence "0", pid 0, "m", "N").
import { describe, expect, it } from 'vitest';
import { scenario } from '../../../test/support/scenarios';
import { simulate } from '../simulate';
import { toBlkparseLog } from './blktrace';

const d62Example = scenario({
  version: 1,
  title: "d62f69185's example",
  disk: { sectors: 2048, content: 'pattern' },
  ops: [{ op: 'read', sector: 16, buffer: { address: 7680, length: 1024 } }],
});

describe('toBlkparseLog', () => {
  it("logs d62f69185's example request with its notes, derived by hand", () => {
    // Trace steps of this one-request READ, in the model's pipeline order: 0 op-start, 1 bio
    // built, 2-3 two sg entries (page 1 @3584, page 2 @0), 4-7 grant + ring segment for each
    // (fresh grants 0 and 1; first_sect 7 and 0), 8-9 backend transfers, 10-11 two completion
    // copies, 12 grants back, 13 request done. Time = step * 1000 ns; G and I follow Q by 1 ns.
    // 0a8704a51 copies bvec 1 from grant 0 (running count 512 < 4096): 512 bytes misdirected.
    const log = toBlkparseLog(simulate(d62Example, { trace: true }), { header: false });
    expect(log.split('\n')).toEqual([
      '202,16   0        1     0.000001000  1000  Q   R 16 + 2 [repro]',
      '202,16   0        2     0.000001001  1000  G   R 16 + 2 [repro]',
      '202,16   0        3     0.000001002  1000  I   R 16 + 2 [repro]',
      '202,16   0        4     0.000004000  1000  D   R 16 + 2 [repro]',
      '202,16   0        0     0.000007000     0  m   N blkfront: 2 segments, grants 0,1, first_sect..last_sect 7..7 0..0',
      '202,16   0        0     0.000011000     0  m   N 0a8704a51: copied bvec 0 from grant 0 @3584 (right), bvec 1 from grant 0 @0 (wrong); 512 misdirected bytes',
      '202,16   0        0     0.000011000     0  m   N d62f69185: copied bvec 0 from grant 0 @3584 (right), bvec 1 from grant 1 @0 (right)',
      '202,16   0        0     0.000011000     0  m   N b7649158: copied sg 0 from grant 0 @3584 (right), sg 1 from grant 1 @0 (right)',
      '202,16   0        5     0.000013000  1000  C   R 16 + 2 [0]',
      '',
    ]);
  });

  it('simulates again with a trace when given an untraced simulation', () => {
    const untraced = toBlkparseLog(simulate(d62Example));
    expect(untraced).toBe(toBlkparseLog(simulate(d62Example, { trace: true })));
  });

  it('takes device numbers, process, pid and one version', () => {
    const log = toBlkparseLog(simulate(d62Example, { trace: true }), {
      major: 8,
      minor: 0,
      process: 'parted',
      pid: 77,
      version: 'b7649158',
      header: false,
    });
    const lines = log.split('\n');
    expect(lines[0]).toBe('  8,0    0        1     0.000001000    77  Q   R 16 + 2 [parted]');
    expect(lines.filter((l) => l.includes(' m   N ')).map((l) => l.split(' N ')[1])).toEqual([
      'blkfront: 2 segments, grants 0,1, first_sect..last_sect 7..7 0..0',
      'b7649158: copied sg 0 from grant 0 @3584 (right), sg 1 from grant 1 @0 (right)',
    ]);
  });

  it('explains itself in a header that says time is synthetic and nothing merges', () => {
    const head = toBlkparseLog(simulate(d62Example)).split('\n').slice(0, 3).join(' ');
    expect(head).toMatch(/^# blkparse-style log of "d62f69185/);
    expect(head).toContain('Time is synthetic: 1000 ns per model trace step');
    expect(head).toContain('never merges');
  });

  it('marks O_DIRECT writes sync (WS) and a stacked driver write plain (W)', () => {
    const s = scenario({
      version: 1,
      disk: { sectors: 64, content: 'zero' },
      ops: [
        { op: 'write', sector: 0, buffer: { address: 0, length: 512 }, fill: { byte: 1 } },
        { op: 'write', sector: 8, bvecs: [{ page: 1, offset: 0, length: 512 }] },
      ],
    });
    const actions = toBlkparseLog(simulate(s), { header: false })
      .trim()
      .split('\n')
      .map((l) => l.slice(43));
    // Write requests have no completion copy: Q G I D, the blkfront note, C.
    expect(actions).toEqual([
      'Q  WS 0 + 1 [repro]',
      'G  WS 0 + 1 [repro]',
      'I  WS 0 + 1 [repro]',
      'D  WS 0 + 1 [repro]',
      'm   N blkfront: 1 segment, grants 0, first_sect..last_sect 0..0',
      'C  WS 0 + 1 [0]',
      'Q   W 8 + 1 [repro]',
      'G   W 8 + 1 [repro]',
      'I   W 8 + 1 [repro]',
      'D   W 8 + 1 [repro]',
      'm   N blkfront: 1 segment, grants 0, first_sect..last_sect 0..0',
      'C   W 8 + 1 [0]',
    ]);
  });

  it('has no Q for a bio failed before the queue, no C after a queue-side BUG, nothing after', () => {
    const s = scenario({
      version: 1,
      disk: { sectors: 64, content: 'zero' },
      ops: [
        { op: 'read', sector: 60, buffer: { address: 0, length: 4096 } },
        {
          op: 'read',
          sector: 0,
          bvecs: Array.from({ length: 12 }, (_, i) => ({ page: 2 * i, offset: 0, length: 512 })),
        },
        // Every version's kernel died at op 1: this read is never traced.
        { op: 'read', sector: 0, buffer: { address: 0, length: 512 } },
      ],
    });
    const actions = toBlkparseLog(simulate(s), { header: false })
      .trim()
      .split('\n')
      .map((l) => l.slice(43));
    expect(actions[0]).toMatch(
      /^m {3}N bio 60 \+ 8 failed before the queue: attempt to access beyond end of device/,
    );
    expect(actions.slice(1, 5)).toEqual([
      'Q   R 0 + 12 [repro]',
      'G   R 0 + 12 [repro]',
      'I   R 0 + 12 [repro]',
      'D   R 0 + 12 [repro]',
    ]);
    expect(actions[5]).toBe(
      'm   N blkfront: kernel BUG: BUG_ON(nr_segments > BLKIF_MAX_SEGMENTS_PER_REQUEST); no completion',
    );
    expect(actions).toHaveLength(6);
  });
});
