import { describe, expect, it } from 'vitest';
import { PRESETS } from '../presets';
import { parseScenario } from '../scenario/validate';
import { simulate, type Simulation } from '../simulate';
import { straceDifferences, straceOf, straceText } from './strace';

function traced(json: unknown): Simulation {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return simulate(parsed.value, { trace: true });
}

const preset = (id: string): Simulation => traced(PRESETS.find((p) => p.id === id)!.json);
const ascii = (b: Uint8Array): string => String.fromCharCode(...b);

describe('straceOf on parted-gpt', () => {
  const sim = preset('parted-gpt');

  it('opens the device, then lseeks and reads each of the three ops', () => {
    const text = straceOf(sim, 'oracle').map((l) => l.text);
    // strace pads "call) " to column 40 before "= result" (-a 40).
    expect(text[0]).toBe('open("/dev/xvdb", O_RDONLY|O_DIRECT)    = 3');
    expect(text[1]).toBe('lseek(3, 0, SEEK_SET)                   = 0');
    expect(text[5]).toBe('lseek(3, 1024, SEEK_SET)                = 1024');
    expect(text).toHaveLength(7);
    expect(straceOf(sim, 'oracle').map((l) => l.call)).toEqual([
      'open',
      'lseek',
      'read',
      'lseek',
      'read',
      'lseek',
      'read',
    ]);
    expect(text[6]).toMatch(/^read\(3, "(\\0){32}"\.\.\., 16384\) = 16384$/);
  });

  it('shows "EFI PART" at offset 1024 of the 16 KiB read under 0a8704a51 only', () => {
    // Buffer offset 1024 is disk offset 2048: under 0a8704a51 bio_vec 1 (buffer 1024..5119)
    // is copied from grant 0's head, which still holds LBA 1 (the GPT header) from op 1.
    const read = (lane: '0a8704a51' | 'd62f69185' | 'b7649158' | 'oracle') =>
      straceOf(sim, lane, { stringLimit: 1032 }).find((l) => l.op === 2 && l.bytes)!;
    const broken = read('0a8704a51');
    expect(ascii(broken.bytes!.subarray(1024, 1032))).toBe('EFI PART');
    expect(broken.text).toBe(`read(3, "${'\\0'.repeat(1024)}EFI PART"..., 16384) = 16384`);
    for (const lane of ['d62f69185', 'b7649158', 'oracle'] as const) {
      const line = read(lane);
      expect(line.bytes!.subarray(1024, 1536).every((b) => b === 0)).toBe(true);
      expect(line.text).toBe(`read(3, "${'\\0'.repeat(1032)}"..., 16384) = 16384`);
    }
  });

  it('maps the quoted bytes to their place in the line', () => {
    const line = straceOf(sim, '0a8704a51', { stringLimit: 1032 }).find(
      (l) => l.op === 2 && l.bytes,
    )!;
    const q = line.quoted!;
    expect(line.text[q.start]).toBe('"');
    expect(line.text[q.end]).toBe('"');
    // Byte 1024 ('E') comes after 1024 two-character "\0" escapes and the opening quote.
    expect(q.byteStarts[1024]).toBe(q.start + 1 + 2 * 1024);
    expect(line.text.slice(q.byteStarts[1024], q.byteStarts[1032 - 1]! + 1)).toBe('EFI PART');
  });

  it('reports the 16 KiB read of 0a8704a51 as the only difference, starting at byte 1024', () => {
    const diffs = straceDifferences(sim);
    expect(diffs.map((d) => d.op)).toEqual([2]);
    const lanes = diffs[0]!.lanes;
    expect(lanes.map((l) => l.lane)).toEqual(['0a8704a51']);
    const ranges = lanes[0]!.ranges;
    expect(ranges[0]).toEqual({ start: 1024, end: 1032 }); // "EFI PART"
    // Everything wrong lies in bio_vec 1's first page-worth: buffer 1024..4095 holds grant 0's
    // stale bytes 0..3071; grant 0's bytes 3072..4095 were this request's own zeros (LBA 2-3).
    expect(ranges.every((r) => r.start >= 1024 && r.end <= 4096)).toBe(true);
  });
});

describe('straceOf on raid-stripe', () => {
  const sim = preset('raid-stripe');

  it('shows the stacked driver bios as comments, not syscalls, with each bio_vec read', () => {
    const lines = straceOf(sim, 'b7649158');
    expect(lines.filter((l) => /^(read|lseek)\(/.test(l.text))).toEqual([]);
    expect(lines.map((l) => l.call)).toEqual(['open', ...Array<null>(6).fill(null)]);
    expect(lines[3]!.text).toBe(
      "/* not a syscall of this process: a stacked driver's bio, READ at sector 8, 3 bio_vecs, 4096 bytes */",
    );
    // bio_vec 1 is stripe bytes 1024..2047 = sectors 10-11 (the pattern disk labels each sector).
    expect(lines[5]!.text).toBe(
      '/*   bio_vec 1 (page 2 @ 1024, 1024 bytes) = "LBA 0000010 +000LBA 0000010 +010"... */',
    );
    expect(lines[5]!.bvec).toBe(1);
  });

  it('gives the user sectors 2-3 (the previous stripe) under both buggy versions', () => {
    for (const lane of ['0a8704a51', 'd62f69185'] as const) {
      const bvec1 = straceOf(sim, lane).find((l) => l.op === 1 && l.bvec === 1)!;
      expect(ascii(bvec1.bytes!.subarray(0, 11))).toBe('LBA 0000002');
    }
    const diff = straceDifferences(sim);
    expect(diff.map((d) => d.op)).toEqual([1]);
    expect(diff[0]!.lanes.map((l) => l.lane)).toEqual(['0a8704a51', 'd62f69185']);
    // Only bio_vecs 1 and 2 (op bytes 1024..4095) are wrong.
    for (const l of diff[0]!.lanes) expect(l.ranges[0]!.start).toBeGreaterThanOrEqual(1024);
  });
});

describe('failed, hung and never-run calls', () => {
  it('prints EINVAL with the buffer address, as strace does for a failed read', () => {
    const sim = traced({
      version: 1,
      disk: { sectors: 64, content: 'zero' },
      ops: [{ op: 'read', sector: 0, buffer: { address: 4196, length: 1024 } }],
    });
    expect(straceOf(sim, 'b7649158')[2]!.text).toBe(
      'read(3, 0x1064, 1024)                   = -1 EINVAL (Invalid argument)',
    );
  });

  it('prints EIO for a read past the end of the disk, and a write with its buffer', () => {
    const sim = traced({
      version: 1,
      disk: { sectors: 64, content: 'zero' },
      ops: [
        { op: 'write', sector: 8, buffer: { address: 0, length: 512 }, fill: { text: 'a"b\\' } },
        { op: 'read', sector: 63, buffer: { address: 4096, length: 1024 } },
      ],
    });
    const text = straceText(sim, '0a8704a51').split('\n');
    expect(text[0]).toBe('open("/dev/xvdb", O_RDWR|O_DIRECT)      = 3');
    // The fill repeats a"b\ (4 bytes); strace escapes the quote and the backslash.
    expect(text[2]).toBe(`write(3, "${'a\\"b\\\\'.repeat(8)}"..., 512) = 512`);
    expect(text[3]).toBe('lseek(3, 32256, SEEK_SET)               = 32256');
    expect(text[4]).toBe('read(3, 0x1000, 1024)                   = -1 EIO (Input/output error)');
  });

  it('leaves a read unfinished when the kernel hits a BUG, and prints nothing after it', () => {
    // What-if limits let one sg entry span two pages: every version dies in its completion,
    // the oracle sees the backend's EIO (last_sect >= 8) and goes on.
    const sim = traced({
      version: 1,
      kernel: { maxSegmentSize: 8192, segmentBoundaryMask: 8191 },
      disk: { sectors: 64, content: 'pattern' },
      ops: [
        { op: 'read', sector: 0, buffer: { address: 0, length: 8192 } },
        { op: 'read', sector: 16, buffer: { address: 16384, length: 512 } },
      ],
    });
    const d62 = straceOf(sim, 'd62f69185').map((l) => l.text);
    expect(d62).toHaveLength(4);
    expect(d62[2]).toBe('read(3,  <unfinished ...>');
    expect(straceOf(sim, 'd62f69185').map((l) => l.call)).toEqual(['open', 'lseek', 'read', null]);
    expect(d62[3]).toBe(
      '/* the guest kernel hit BUG_ON(i >= nr_segments): this call never returns, and strace died with the guest */',
    );
    const oracle = straceOf(sim, 'oracle').map((l) => l.text);
    expect(oracle[2]).toMatch(/^read\(3, 0x0, 8192\) +?= -1 EIO \(Input\/output error\)$/);
    expect(oracle[4]).toBe('read(3, "LBA 0000016 +000LBA 0000016 +010"..., 512) = 512');
    const diffs = straceDifferences(sim);
    expect(diffs.map((d) => d.op)).toEqual([0, 1]);
    expect(diffs[1]!.lanes.map((l) => l.status)).toEqual(['not-run', 'not-run', 'not-run']);
  });

  it('refuses an untraced simulation or a bad limit with a clear message', () => {
    const parsed = parseScenario(PRESETS[0]!.json);
    if (!parsed.ok) throw new Error('preset invalid');
    expect(() => straceOf(simulate(parsed.value), 'oracle')).toThrow(/trace: true/);
    expect(() => straceOf(preset('parted-gpt'), 'oracle', { stringLimit: -2 })).toThrow(
      /stringLimit/,
    );
  });
});
