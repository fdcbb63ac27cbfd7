import { describe, expect, it } from 'vitest';
import { gptNonZeroSectors } from '../disk/gpt';
import { PRESETS } from '../presets';
import { parseScenario } from '../scenario/validate';
import { simulate } from '../simulate';
import { interpretGpt, partedPrint } from './parted';
import type { SeenSector } from './partedDisk';

const DISK_SECTORS = 16384;

/** LBA 0..33 of a freshly labelled disk (the project's own `mklabel gpt` image), as if read by op 0. */
function freshLabel(): Map<number, Uint8Array> {
  const nonZero = gptNonZeroSectors(DISK_SECTORS);
  const sectors = new Map<number, Uint8Array>();
  for (let lba = 0; lba < 34; lba++) {
    sectors.set(lba, (nonZero.get(lba) ?? new Uint8Array(512)).slice());
  }
  return sectors;
}

const seen = (sectors: Map<number, Uint8Array>): Map<number, SeenSector> =>
  new Map([...sectors].map(([lba, bytes]) => [lba, { bytes, op: 0 }]));

/** Writes a partition entry (UEFI layout) at index `i` of the array that starts at LBA 2. */
function putEntry(
  sectors: Map<number, Uint8Array>,
  i: number,
  entry: { first: bigint; last: bigint; name?: string; type?: number[] },
): void {
  const bytes = new Uint8Array(128);
  const view = new DataView(bytes.buffer);
  // Basic data partition type EBD0A0A2-B9E5-4433-87C0-68B6B72699C7, in on-disk byte order.
  bytes.set(
    entry.type ?? [
      0xa2, 0xa0, 0xd0, 0xeb, 0xe5, 0xb9, 0x33, 0x44, 0x87, 0xc0, 0x68, 0xb6, 0xb7, 0x26, 0x99,
      0xc7,
    ],
  );
  view.setBigUint64(32, entry.first, true);
  view.setBigUint64(40, entry.last, true);
  [...(entry.name ?? '')].forEach((c, k) => view.setUint16(56 + 2 * k, c.charCodeAt(0), true));
  const at = 1024 + i * 128; // disk offset (the array starts at LBA 2 = byte 1024)
  sectors.get(Math.floor(at / 512))!.set(bytes, at % 512);
}

function presetSim() {
  const parsed = parseScenario(PRESETS.find((p) => p.id === 'parted-gpt')!.json);
  if (!parsed.ok) throw new Error('preset invalid');
  return simulate(parsed.value, { trace: true });
}

describe('partedPrint on the parted-gpt preset', () => {
  const sim = presetSim();

  it('fails under 0a8704a51 on entry 8, which is the GPT header copied to disk offset 2048', () => {
    const verdict = partedPrint(sim, '0a8704a51');
    if (verdict.kind !== 'error') throw new Error(`expected an error, got ${verdict.kind}`);
    expect(verdict.message).toBe("Can't have the end before the start!");
    // Entry 8 of an array at byte 1024 is at 1024 + 8 * 128 = 2048. Its bytes are the header's:
    // type GUID = "EFI PART" + revision + size, first LBA = the header's alternate LBA (the last
    // sector, 16383), last LBA = the header's first usable LBA (2 + 32 = 34).
    expect(verdict.entry).toMatchObject({
      index: 8,
      diskOffset: 2048,
      firstLba: 16383n,
      lastLba: 34n,
    });
    expect(verdict.entry!.typeGuid).toBe('20494645-4150-5452-0000-01005C000000');
    expect(verdict.explanation).toMatch(/first LBA .* 16383 .* last LBA .* 34/);
    // parted >= 2.1 would have stopped earlier: the array no longer matches its CRC.
    expect(verdict.entryArrayCrc?.matches).toBe(false);
  });

  it('prints an empty table under d62f69185, b7649158 and a correct kernel', () => {
    for (const lane of ['d62f69185', 'b7649158', 'oracle'] as const) {
      const verdict = partedPrint(sim, lane);
      if (verdict.kind !== 'table')
        throw new Error(`${lane}: expected a table, got ${verdict.kind}`);
      expect(verdict.entries).toEqual([]);
      expect(verdict.lines).toEqual([
        'Model: Xen Virtual Block Device (xvd)',
        'Disk /dev/xvdb: 16384s',
        'Sector size (logical/physical): 512B/512B',
        'Partition Table: gpt',
        '',
        'Number  Start  End  Size  File system  Name  Flags',
      ]);
      expect(verdict.entryArrayCrc.matches).toBe(true);
    }
  });
});

describe('partedPrint on disks without a GPT label', () => {
  it('says "unrecognised disk label" when the process read a zero LBA 1', () => {
    const parsed = parseScenario({
      version: 1,
      disk: { sectors: 128, content: 'zero' },
      ops: [{ op: 'read', sector: 0, buffer: { address: 0, length: 1024 } }],
    });
    if (!parsed.ok) throw new Error('scenario invalid');
    const verdict = partedPrint(simulate(parsed.value, { trace: true }), 'b7649158');
    expect(verdict).toMatchObject({
      kind: 'unrecognised',
      message: '/dev/xvdb: unrecognised disk label',
    });
    expect(verdict.kind === 'unrecognised' && verdict.explanation).toMatch(
      /starts with bytes 00 00 00 00 00 00 00 00, not "EFI PART"/,
    );
  });

  it("does not count a stacked driver's bio as parted's read", () => {
    const parsed = parseScenario(PRESETS.find((p) => p.id === 'raid-stripe')!.json);
    if (!parsed.ok) throw new Error('preset invalid');
    const verdict = partedPrint(simulate(parsed.value, { trace: true }), 'oracle');
    expect(verdict.kind).toBe('incomplete');
  });
});

describe('interpretGpt on constructed bytes', () => {
  it('lists a valid partition', () => {
    const sectors = freshLabel();
    putEntry(sectors, 0, { first: 34n, last: 2047n, name: 'data' });
    const verdict = interpretGpt(seen(sectors), DISK_SECTORS);
    if (verdict.kind !== 'table') throw new Error(`expected a table, got ${verdict.kind}`);
    expect(verdict.entries).toEqual([
      {
        index: 0,
        typeGuid: 'EBD0A0A2-B9E5-4433-87C0-68B6B72699C7',
        firstLba: 34n,
        lastLba: 2047n,
        name: 'data',
        diskOffset: 1024,
      },
    ]);
    expect(verdict.lines.slice(5)).toEqual([
      'Number  Start  End    Size   File system  Name  Flags',
      ' 1      34s    2047s  2014s               data',
    ]);
    // The entry was added without updating the header's array CRC.
    expect(verdict.entryArrayCrc.matches).toBe(false);
  });

  it('names the entry whose end is before its start', () => {
    const sectors = freshLabel();
    putEntry(sectors, 0, { first: 34n, last: 2047n });
    putEntry(sectors, 5, { first: 5000n, last: 4000n });
    const verdict = interpretGpt(seen(sectors), DISK_SECTORS);
    if (verdict.kind !== 'error') throw new Error(`expected an error, got ${verdict.kind}`);
    expect(verdict.message).toBe("Can't have the end before the start!");
    expect(verdict.entry).toMatchObject({ index: 5, diskOffset: 1024 + 5 * 128, firstLba: 5000n });
    expect(verdict.explanation).toMatch(/Entry 5 \(partition 6, disk offset 1664/);
  });

  it('rejects a partition past the end of the disk, and overlapping partitions', () => {
    const outside = freshLabel();
    putEntry(outside, 0, { first: 34n, last: BigInt(DISK_SECTORS) });
    const a = interpretGpt(seen(outside), DISK_SECTORS);
    expect(a.kind === 'error' && a.message).toBe("Can't have a partition outside the disk!");

    const overlap = freshLabel();
    putEntry(overlap, 0, { first: 34n, last: 2047n });
    putEntry(overlap, 1, { first: 2000n, last: 3000n });
    const b = interpretGpt(seen(overlap), DISK_SECTORS);
    expect(b.kind === 'error' && b.message).toBe("Can't have overlapping partitions.");
    expect(b.kind === 'error' && b.entry?.index).toBe(1);
  });

  it('says "unrecognised disk label" when LBA 1 has no GPT signature', () => {
    const sectors = freshLabel();
    sectors.set(1, new Uint8Array(512));
    const verdict = interpretGpt(seen(sectors), DISK_SECTORS);
    expect(verdict).toMatchObject({
      kind: 'unrecognised',
      message: '/dev/xvdb: unrecognised disk label',
    });
  });

  it('complains about a missing protective MBR', () => {
    const sectors = freshLabel();
    sectors.get(0)![511] = 0;
    const verdict = interpretGpt(seen(sectors), DISK_SECTORS);
    expect(verdict.kind).toBe('error');
    expect(verdict.kind === 'error' && verdict.explanation).toMatch(/bytes 510-511 are 55 00/);
  });

  it('does not trust a header whose CRC does not match', () => {
    const sectors = freshLabel();
    const header = sectors.get(1)!;
    header[48] = header[48]! ^ 1; // last usable LBA changes, the stored CRC does not
    const verdict = interpretGpt(seen(sectors), DISK_SECTORS);
    expect(verdict.kind).toBe('incomplete');
    expect(verdict.kind === 'incomplete' && verdict.explanation).toMatch(
      /CRC32 .* backup header at the last LBA \(16383\)/,
    );
  });

  it('says which sector it would still need instead of inventing it', () => {
    const noMbr = freshLabel();
    noMbr.delete(0);
    expect(interpretGpt(seen(noMbr), DISK_SECTORS)).toMatchObject({ kind: 'incomplete' });

    const partialArray = freshLabel();
    partialArray.delete(20);
    const verdict = interpretGpt(seen(partialArray), DISK_SECTORS);
    expect(verdict.kind === 'incomplete' && verdict.explanation).toMatch(
      /partition entry array \(LBA 2\.\.33\), but this scenario never read LBA 20/,
    );
  });
});
