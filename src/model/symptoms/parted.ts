// What `parted /dev/xvdb print` concludes from the bytes the process read under one lane.
// Follows libparted's GPT reader (libparted/labels/gpt.c: gpt_probe, _header_is_valid,
// _parse_header, gpt_read, _parse_part_entry; read in the Distrotech/parted mirror at its 2009-era
// commit 03ab3c0fb5345609eb02f3084a79622d348341c0 and later) and the geometry and partition
// checks behind ped_partition_new / ped_disk_add_partition (ped_geometry_set in
// libparted/cs/geom.c, libparted/disk.c), in the order they run:
//   1. LBA 1 must start with "EFI PART", else the label is not GPT ("unrecognised disk label");
//   2. LBA 0 must be a protective MBR (0x55 0xAA at 510-511 and a partition record of type 0xEE);
//   3. the primary header must be valid: header size 92..512, entry size a multiple of 8 and at
//      least 128, my-LBA 1, alternate LBA not 1, and the header CRC32 must match;
//   4. _parse_header's sanity checks (last usable > first usable, inside the disk, 1..8192 entries);
//   5. the entry array (entry-array LBA, count x size bytes) is read and every entry with a
//      non-zero type GUID becomes a partition: end before start, outside the disk, or overlapping
//      an earlier one is an error that aborts the read.
// Which libparted: the generation whose reads are exactly the scenario's (LBA 0, LBA 1, then the
// entry array, no backup-header read while the primary is valid) and which parses the entries it
// read without checking their CRC: libparted before 2.1. parted 2.1's NEWS (2009-12) says
// "before, partition entry array CRCs were not checked"; from 2.1 on (so in parted 3.1, 2012)
// gpt_read rejects a mismatching array with "primary partition table array CRC mismatch" before
// looking at any entry, and gpt_read_headers reads the backup header first. So every verdict that
// got as far as the array also reports its CRC (`entryArrayCrc`), which shows the newer outcome.
import { crc32 } from '../disk/crc32';
import { msg, renderMessage, type Message } from '../narration/message';
import type { Simulation } from '../simulate';
import {
  GPT_ENTRY_MIN_BYTES,
  GPT_HEADER_MIN_BYTES,
  GPT_SIGNATURE,
  headerCrcOf,
  hexBytes,
  readGptEntry,
  readGptHeader,
  readProtectiveMbr,
  type GptHeader,
} from './gptParse';
import { gatherSectors, sectorsSeen, type SeenSector } from './partedDisk';
import type { StraceLane } from './opView';
import { PARTED_ENGLISH } from './partedText';
import { DEVICE_PATH } from './strace';

/** A used partition entry as parted decoded it. */
export interface PartedEntry {
  /** 0-based index in the entry array (parted's partition number is index + 1). */
  readonly index: number;
  readonly typeGuid: string;
  readonly firstLba: bigint;
  readonly lastLba: bigint;
  readonly name: string;
  /** Byte offset of the entry on the disk. */
  readonly diskOffset: number;
}

/** The stored and recomputed CRC32 of the entry array (libparted >= 2.1 rejects a mismatch). */
export interface EntryArrayCrc {
  readonly stored: number;
  readonly computed: number;
  readonly matches: boolean;
}

/** What parted concludes. */
export type PartedVerdict =
  | {
      readonly kind: 'table';
      readonly entries: readonly PartedEntry[];
      /** `parted DEV unit s print` output. */
      readonly lines: readonly string[];
      readonly entryArrayCrc: EntryArrayCrc;
    }
  | {
      readonly kind: 'error';
      readonly message: string;
      readonly entry?: PartedEntry;
      /** Bytes -> fields -> rule, in one or two sentences (English: `reason` rendered). */
      readonly explanation: string;
      /** The explanation as a message (keys of PARTED_EN), for the UI to word in its language. */
      readonly reason: Message;
      readonly entryArrayCrc?: EntryArrayCrc;
    }
  | {
      readonly kind: 'unrecognised';
      readonly message: string;
      readonly explanation: string;
      readonly reason: Message;
    }
  | { readonly kind: 'incomplete'; readonly explanation: string; readonly reason: Message };

/** `explanation` and `reason` of a verdict from its message. */
const explained = (reason: Message) => ({
  explanation: renderMessage(reason, PARTED_ENGLISH),
  reason,
});

/** libparted's limit on NumberOfPartitionEntries (_parse_header asserts it). */
const MAX_ENTRIES = 8192;
const SECTOR = 512;

const needRead = (what: Message, sector: number): PartedVerdict => ({
  kind: 'incomplete',
  ...explained(msg('needRead', { what, sector })),
});

/** The first _header_is_valid rule the header breaks, or null when it is valid. */
function headerProblem(sector: Uint8Array, h: GptHeader): Message | null {
  if (h.headerSize < GPT_HEADER_MIN_BYTES || h.headerSize > SECTOR)
    return msg('header.size', { size: h.headerSize, min: GPT_HEADER_MIN_BYTES, max: SECTOR });
  if (h.entrySize % 8 !== 0 || h.entrySize < GPT_ENTRY_MIN_BYTES || h.entrySize > 0x0fffffff)
    return msg('header.entrySize', { size: h.entrySize, min: GPT_ENTRY_MIN_BYTES });
  if (h.myLba !== 1n) return msg('header.myLba', { lba: String(h.myLba) });
  if (h.alternateLba === 1n) return msg('header.alternateLba');
  const computed = headerCrcOf(sector, h.headerSize);
  if (computed !== h.headerCrc)
    return msg('header.crc', { stored: hex32(h.headerCrc), computed: hex32(computed) });
  return null;
}

const hex32 = (n: number): string => `0x${n.toString(16).padStart(8, '0')}`;

/** _parse_header's assertions, as the message parted prints when one fails. */
function parseHeaderProblem(h: GptHeader, diskSectors: number): string | null {
  const length = BigInt(diskSectors);
  if (!(h.lastUsableLba > h.firstUsableLba)) return 'last_usable > first_usable';
  if (!(h.lastUsableLba <= length)) return 'last_usable <= disk->dev->length';
  if (!(h.entryCount > 0)) return 'gpt_disk_data->entry_count > 0';
  if (!(h.entryCount <= MAX_ENTRIES)) return 'gpt_disk_data->entry_count <= 8192';
  return null;
}

const opsText = (ops: readonly number[]): Message =>
  ops.length === 1 ? msg('source.op', { op: ops[0]! }) : msg('source.ops', { ops: ops.join(', ') });

/** parted's conclusion from the bytes the process read under `lane` (needs { trace: true }). */
export function partedPrint(sim: Simulation, lane: StraceLane): PartedVerdict {
  if (sim.scenario.kernel.sectorSize !== SECTOR) {
    return {
      kind: 'incomplete',
      ...explained(msg('sectorSize', { size: sim.scenario.kernel.sectorSize })),
    };
  }
  const seen = sectorsSeen(sim, lane);
  return interpretGpt(seen, sim.scenario.disk.sectors);
}

/** The same interpretation over sectors given directly (tests, other views). */
export function interpretGpt(
  seen: ReadonlyMap<number, SeenSector>,
  diskSectors: number,
): PartedVerdict {
  // 1. gpt_probe: the signature at LBA 1.
  const lba1 = seen.get(1);
  if (!lba1) return needRead(msg('what.header'), 1);
  const header = readGptHeader(lba1.bytes);
  if (header.signature !== GPT_SIGNATURE) {
    return {
      kind: 'unrecognised',
      message: `${DEVICE_PATH}: unrecognised disk label`,
      ...explained(msg('notGpt', { op: lba1.op, bytes: hexBytes(lba1.bytes, 0, 8) })),
    };
  }
  // 2. gpt_probe: the protective MBR.
  const lba0 = seen.get(0);
  if (!lba0) return needRead(msg('what.mbr'), 0);
  const mbr = readProtectiveMbr(lba0.bytes);
  if (!mbr.signatureOk || mbr.protectiveRecord === null) {
    const why = !mbr.signatureOk
      ? msg('mbr.signature', { bytes: hexBytes(lba0.bytes, 510, 2) })
      : msg('mbr.noRecord');
    return {
      kind: 'error',
      message: `${DEVICE_PATH} contains GPT signatures, indicating that it has a GPT table.  However, it does not have a valid fake msdos partition table, as it should.`,
      ...explained(msg('noProtectiveMbr', { op: lba0.op, why })),
    };
  }
  // 3. _header_is_valid on the primary header.
  const problem = headerProblem(lba1.bytes, header);
  if (problem !== null) {
    return {
      kind: 'incomplete',
      ...explained(msg('badHeader', { op: lba1.op, problem, last: diskSectors - 1 })),
    };
  }
  // 4. _parse_header.
  const assertion = parseHeaderProblem(header, diskSectors);
  if (assertion !== null) {
    return {
      kind: 'error',
      message: `Assertion (${assertion}) at gpt.c in function _parse_header() failed.`,
      ...explained(
        msg('parseHeader', {
          first: String(header.firstUsableLba),
          last: String(header.lastUsableLba),
          entries: header.entryCount,
          sectors: diskSectors,
        }),
      ),
    };
  }
  // 5. gpt_read: the entry array.
  const arrayBytes = header.entryCount * header.entrySize;
  const arraySectors = Math.ceil(arrayBytes / SECTOR);
  const first = Number(header.entryLba);
  if (
    !Number.isSafeInteger(first) ||
    header.entryLba + BigInt(arraySectors) > BigInt(diskSectors)
  ) {
    return {
      kind: 'error',
      message: `${DEVICE_PATH}: the partition entry array at LBA ${header.entryLba} lies outside the disk`,
      ...explained(
        msg('arrayOutside', {
          lba: String(header.entryLba),
          sectors: arraySectors,
          diskSectors,
        }),
      ),
    };
  }
  const gathered = gatherSectors(seen, first, arraySectors);
  if ('missing' in gathered) {
    return needRead(msg('what.array', { first, last: first + arraySectors - 1 }), gathered.missing);
  }
  const array = gathered.bytes;
  const computed = crc32(array, 0, arrayBytes);
  const entryArrayCrc: EntryArrayCrc = {
    stored: header.entryArrayCrc,
    computed,
    matches: computed === header.entryArrayCrc,
  };
  const crcNote = entryArrayCrc.matches
    ? msg('crc.matches')
    : msg('crc.mismatch', { computed: hex32(computed), stored: hex32(header.entryArrayCrc) });
  const source = opsText(gathered.ops);
  const entries: PartedEntry[] = [];
  for (let i = 0; i < header.entryCount; i++) {
    const at = i * header.entrySize;
    const fields = readGptEntry(array, at);
    if (fields.unused) continue;
    const entry: PartedEntry = {
      index: i,
      typeGuid: fields.typeGuid,
      firstLba: fields.firstLba,
      lastLba: fields.lastLba,
      name: fields.name,
      diskOffset: first * SECTOR + at,
    };
    const rejected = entryProblem(entry, entries, diskSectors);
    if (rejected) {
      return {
        kind: 'error',
        message: rejected.message,
        entry,
        ...explained(
          msg('entry', {
            index: i,
            number: i + 1,
            offset: entry.diskOffset,
            source,
            guid: entry.typeGuid,
            why: rejected.why,
            crc: crcNote,
          }),
        ),
        entryArrayCrc,
      };
    }
    entries.push(entry);
  }
  return { kind: 'table', entries, lines: printLines(entries, diskSectors), entryArrayCrc };
}

/** ped_geometry_set's and ped_disk_add_partition's checks on a new partition. */
function entryProblem(
  entry: PartedEntry,
  accepted: readonly PartedEntry[],
  diskSectors: number,
): { message: string; why: Message } | null {
  // PedSector is a signed 64-bit integer: huge unsigned LBAs become negative.
  const start = BigInt.asIntN(64, entry.firstLba);
  const end = BigInt.asIntN(64, entry.lastLba);
  const fields = msg('fields', { start: String(start), end: String(end) });
  if (end - start + 1n < 1n) {
    return {
      message: "Can't have the end before the start!",
      why: msg('rejected.endBeforeStart', { fields, length: String(end - start + 1n) }),
    };
  }
  if (start < 0n || end >= BigInt(diskSectors)) {
    return {
      message: "Can't have a partition outside the disk!",
      why: msg('rejected.outside', { fields, last: diskSectors - 1 }),
    };
  }
  const clash = accepted.find((p) => start <= p.lastLba && p.firstLba <= end);
  if (clash) {
    return {
      message: "Can't have overlapping partitions.",
      why: msg('rejected.overlap', {
        fields,
        other: clash.index + 1,
        first: String(clash.firstLba),
        last: String(clash.lastLba),
      }),
    };
  }
  return null;
}

/** Rows padded to their column's widest cell, two spaces apart, as parted's table printer does. */
function renderTable(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
}

/** `parted DEV unit s print` for a GPT disk (sector units: exact, no rounding). */
function printLines(entries: readonly PartedEntry[], diskSectors: number): string[] {
  const rows = [
    ['Number', 'Start', 'End', 'Size', 'File system', 'Name', 'Flags'],
    ...entries.map((e) => [
      String(e.index + 1).padStart(2),
      `${e.firstLba}s`,
      `${e.lastLba}s`,
      `${e.lastLba - e.firstLba + 1n}s`,
      '',
      e.name,
      '',
    ]),
  ];
  return [
    'Model: Xen Virtual Block Device (xvd)',
    `Disk ${DEVICE_PATH}: ${diskSectors}s`,
    'Sector size (logical/physical): 512B/512B',
    'Partition Table: gpt',
    '',
    ...renderTable(rows),
  ];
}

/** A verdict as text: parted's own lines ("Error: ..." for errors), then the explanation as "# " lines. */
export function partedVerdictText(verdict: PartedVerdict): string[] {
  switch (verdict.kind) {
    case 'table':
      return [...verdict.lines];
    case 'error':
    case 'unrecognised':
      return [`Error: ${verdict.message}`, `# ${verdict.explanation}`];
    case 'incomplete':
      return [`# incomplete: ${verdict.explanation}`];
  }
}
