// A byte's history (model/provenance.ts) in words for the provenance panel: newest copy first,
// each with the step that made it so the panel can jump the timeline there, then where the data
// was born (disk image, fresh grant page, initial memory, a process fill), and a verdict: is this
// the disk byte the reading request asked for?
import type { DiskImage } from '../model/disk/image';
import type { Hop, Location, Provenance } from '../model/provenance';
import type { LaneId, RequestRecord, Simulation } from '../model/simulate';

/** One line of a byte's history as the panel lists it. */
export interface ProvenanceLine {
  /** What happened, in words. */
  readonly text: string;
  /** The step that made this copy; null for the origin, which no step created. */
  readonly step: number | null;
  /** Whether this line is where the byte went wrong (stale grant content, wrong grant, fresh page). */
  readonly bad: boolean;
}

/** A byte's history, and whether it is what its request asked for. */
export interface ProvenanceStory {
  readonly lines: readonly ProvenanceLine[];
  /** One sentence: right or wrong, and why. */
  readonly verdict: string;
  /** true: the disk byte the request asked for; false: anything else; null: not a READ's result. */
  readonly right: boolean | null;
  /** The disk byte the reading request asked for here (null: not a READ's result). */
  readonly asked: { readonly sector: number; readonly byte: number } | null;
}

const CELL_BYTES = 512;
/** GPT partition entry array: 128 entries of 128 bytes = 32 sectors (UEFI spec, parted's default). */
const GPT_ENTRY_ARRAY_SECTORS = 32;

/** What sector `sector` of the generated disk image is, e.g. "the primary GPT header". */
export function describeDiskSector(image: DiskImage, sector: number): string {
  switch (image.kind) {
    case 'gpt': {
      const last = image.sectors - 1;
      if (sector === 0) return 'the protective MBR';
      if (sector === 1) return 'the primary GPT header';
      if (sector >= 2 && sector < 2 + GPT_ENTRY_ARRAY_SECTORS)
        return 'the primary partition entry array (empty: zeros)';
      if (sector === last) return 'the backup GPT header';
      if (sector >= last - GPT_ENTRY_ARRAY_SECTORS)
        return 'the backup partition entry array (empty: zeros)';
      return 'unpartitioned space (zeros)';
    }
    case 'pattern':
      return 'a pattern sector (each 16-byte record names its LBA and offset)';
    case 'zero':
      return 'zeros';
  }
}

const diskByte = (sector: number, byte: number) =>
  `LBA ${sector} byte ${byte} (disk offset ${sector * CELL_BYTES + byte})`;
const pageByte = (loc: Location, byte: number) => loc.cell * CELL_BYTES + byte;

/** The disk sector request `req` reads into process byte (page, pageOffset), or null. */
function expectedSector(req: RequestRecord, page: number, pageOffset: number): number | null {
  let sector: number = req.sector;
  for (const bv of req.bvecs) {
    if (bv.page === page && pageOffset >= bv.offset && pageOffset < bv.offset + bv.length) {
      return sector + Math.floor((pageOffset - bv.offset) / CELL_BYTES);
    }
    sector += bv.length / CELL_BYTES;
  }
  return null;
}

/** One hop in words; `reader` is the request whose completion copy delivered the byte. */
function hopLine(sim: Simulation, lane: LaneId, hop: Hop, byte: number, reader: number | null) {
  const step = sim.steps[hop.step]!;
  const at = `request ${hop.request}, step ${hop.step}`;
  const stale = reader !== null && hop.request !== reader;
  const left = stale ? `; left by request ${hop.request} (stale)` : '';
  switch (step.type) {
    case 'completion-copy': {
      const it = lane === 'oracle' ? null : step.lanes[lane];
      const slot =
        it?.kind === 'copy'
          ? it.staleSlot
            ? ` (grants_used[${it.copy.grantIndex}], a slot an earlier request left)`
            : ` (grants_used[${it.copy.grantIndex}])`
          : '';
      return {
        text: `copied by ${lane}'s completion copy (${at}) from grant ${hop.from.index}${slot} at page offset ${pageByte(hop.from, byte)}`,
        // Whether this copy is where it went wrong depends on the byte: see provenanceStory.
        bad: false,
      };
    }
    case 'backend-transfer':
      return hop.from.region === 'disk'
        ? {
            text: `filled by the backend (${at}) from disk ${diskByte(hop.from.index, byte)}${left}`,
            bad: stale,
          }
        : {
            text: `written to disk LBA ${hop.to.index} by the backend (${at}) from grant ${hop.from.index} at page offset ${pageByte(hop.from, byte)}`,
            bad: false,
          };
    case 'write-copy':
      return {
        text: `copied into grant ${hop.to.index} by a WRITE (${at}) from page ${hop.from.index} offset ${pageByte(hop.from, byte)}${left}`,
        bad: stale,
      };
    default:
      return { text: `moved by step ${hop.step} (${step.type})`, bad: false };
  }
}

/** Where the data was born, in words. */
function originLine(sim: Simulation, p: Provenance, byte: number, reader: number | null) {
  const root = p.root;
  switch (root.kind) {
    case 'disk':
      return {
        text: `disk image: LBA ${p.rootCell}, ${describeDiskSector(sim.image, p.rootCell)}`,
        bad: false,
      };
    case 'uninit-grant':
      return {
        text: `uninitialised: grant ${root.grant} was a fresh page and nothing had written its offset ${p.rootCell * CELL_BYTES + byte}`,
        bad: reader !== null,
      };
    case 'initial-memory':
      return { text: 'initial process memory: a fresh page of zeros', bad: false };
    case 'fill':
      return { text: `written by the process itself before op ${root.op}`, bad: false };
  }
}

/** The verdict on a byte that request `reader`'s completion copy delivered into `loc`. */
function verdictOf(sim: Simulation, p: Provenance, loc: Location, byte: number, reader: number) {
  const wanted = expectedSector(sim.requests[reader]!, loc.index, pageByte(loc, byte));
  if (wanted === null) {
    return {
      verdict: `Wrong: request ${reader} does not read into this byte.`,
      right: false,
      asked: null,
    };
  }
  const asked = `request ${reader} asked for ${diskByte(wanted, byte)}`;
  const grant = p.hops[0]!.from.index;
  // The hop before the completion copy is what put the content into the grant page.
  const source = p.hops[1];
  let got: string;
  if (source?.type === 'backend-transfer' && source.from.region === 'disk') {
    if (source.request === reader && source.from.index === wanted) {
      return {
        verdict: `Right: ${asked}, and got it.`,
        right: true,
        asked: { sector: wanted, byte },
      };
    }
    got =
      source.request === reader
        ? `its own LBA ${source.from.index} byte ${byte}, copied from the wrong grant page`
        : `a byte of LBA ${source.from.index} that request ${source.request} left in grant ${grant}`;
  } else if (source?.type === 'write-copy') {
    got = `data a WRITE (request ${source.request}) left in grant ${grant}`;
  } else if (p.root.kind === 'uninit-grant') {
    got = `uninitialised memory from grant ${p.root.grant}, a fresh page never written there`;
  } else {
    got = 'something no transfer put there';
  }
  return {
    verdict: `Wrong: ${asked} but got ${got}.`,
    right: false,
    asked: { sector: wanted, byte },
  };
}

/**
 * The history of byte `byte` (0-511) of the memory cell `loc` whose provenance is `p`, on `lane`:
 * one line per hop (newest first) plus the origin, and a verdict.
 */
export function provenanceStory(
  sim: Simulation,
  lane: LaneId,
  loc: Location,
  p: Provenance,
  byte: number,
): ProvenanceStory {
  const first = p.hops[0];
  const reader = first?.type === 'completion-copy' ? first.request : null;
  const lines: ProvenanceLine[] = p.hops.map((hop) => ({
    ...hopLine(sim, lane, hop, byte, reader),
    step: hop.step,
  }));
  lines.push({ ...originLine(sim, p, byte, reader), step: null });
  if (reader !== null) {
    const verdict = verdictOf(sim, p, loc, byte, reader);
    // A wrong byte went wrong at the completion copy: it read the wrong grant or offset.
    lines[0] = { ...lines[0]!, bad: !verdict.right };
    return { lines, ...verdict };
  }
  if (p.hops.length === 0 && p.root.kind === 'initial-memory') {
    return {
      lines,
      verdict: 'Nothing has been read into this byte yet.',
      right: null,
      asked: null,
    };
  }
  if (lane === 'oracle' && p.root.kind === 'disk') {
    return {
      lines,
      verdict: `What a correct kernel delivers: ${diskByte(p.rootCell, byte)}.`,
      right: true,
      asked: { sector: p.rootCell, byte },
    };
  }
  return { lines, verdict: 'Not the result of a READ completion.', right: null, asked: null };
}
