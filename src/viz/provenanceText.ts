// A byte's history (model/provenance.ts) in words for the provenance panel: newest copy first,
// each with the step that made it so the panel can jump the timeline there, then where the data
// was born (disk image, fresh grant page, initial memory, a process fill), and a verdict: is this
// the disk byte the reading request asked for? Each line and verdict is a message (key + values,
// as the narration's) so the panel words it in its language; `text` and `verdict` are the English,
// rendered from PROVENANCE_EN.
import type { DiskImage } from '../model/disk/image';
import { msg, renderMessage, templateTranslator, type Message } from '../model/narration/message';
import type { Hop, Location, Provenance } from '../model/provenance';
import type { LaneId, RequestRecord, Simulation } from '../model/simulate';

/**
 * English templates of the provenance sentences (namespace `hex`, under `story`; the other
 * languages mirror them in src/i18n/locales/<lang>/hex.json). Version ids, grants_used[i] and step
 * types are identifiers, kept as they are.
 */
export const PROVENANCE_EN = {
  at: 'request {{request}}, step {{step}}',
  leftStale: '; left by request {{request}} (stale)',
  slot: ' (grants_used[{{slot}}])',
  slotStale: ' (grants_used[{{slot}}], a slot an earlier request left)',
  copied:
    "copied by {{lane}}'s completion copy ({{at}}) from grant {{grant}}{{slot}} at page offset {{offset}}",
  filled: 'filled by the backend ({{at}}) from disk {{disk}}{{left}}',
  diskByte: 'LBA {{sector}} byte {{byte}} (disk offset {{offset}})',
  writtenToDisk:
    'written to disk LBA {{sector}} by the backend ({{at}}) from grant {{grant}} at page offset {{offset}}',
  writeCopy:
    'copied into grant {{grant}} by a WRITE ({{at}}) from page {{page}} offset {{offset}}{{left}}',
  moved: 'moved by step {{step}} ({{type}})',
  originDisk: 'disk image: LBA {{sector}}, {{what}}',
  originUninit:
    'uninitialised: grant {{grant}} was a fresh page and nothing had written its offset {{offset}}',
  originInitial: 'initial process memory: a fresh page of zeros',
  originFill: 'written by the process itself before op {{op}}',
  sectors: {
    mbr: 'the protective MBR',
    primaryHeader: 'the primary GPT header',
    primaryEntries: 'the primary partition entry array (empty: zeros)',
    backupHeader: 'the backup GPT header',
    backupEntries: 'the backup partition entry array (empty: zeros)',
    unpartitioned: 'unpartitioned space (zeros)',
    pattern: 'a pattern sector (each 16-byte record names its LBA and offset)',
    zero: 'zeros',
  },
  notReadHere: 'Wrong: request {{request}} does not read into this byte.',
  asked: 'request {{request}} asked for {{disk}}',
  right: 'Right: {{asked}}, and got it.',
  gotOwn: 'its own LBA {{sector}} byte {{byte}}, copied from the wrong grant page',
  gotLeft: 'a byte of LBA {{sector}} that request {{request}} left in grant {{grant}}',
  gotWrite: 'data a WRITE (request {{request}}) left in grant {{grant}}',
  gotUninit: 'uninitialised memory from grant {{grant}}, a fresh page never written there',
  gotNothing: 'something no transfer put there',
  wrong: 'Wrong: {{asked}} but got {{got}}.',
  nothingYet: 'Nothing has been read into this byte yet.',
  oracle: 'What a correct kernel delivers: {{disk}}.',
  notRead: 'Not the result of a READ completion.',
} as const;

const english = templateTranslator(PROVENANCE_EN);

/** One line of a byte's history as the panel lists it. */
export interface ProvenanceLine {
  /** What happened, as a message (keys relative to `story.`) and in English. */
  readonly message: Message;
  readonly text: string;
  /** The step that made this copy; null for the origin, which no step created. */
  readonly step: number | null;
  /** Whether this line is where the byte went wrong (stale grant content, wrong grant, fresh page). */
  readonly bad: boolean;
}

/** A byte's history, and whether it is what its request asked for. */
export interface ProvenanceStory {
  readonly lines: readonly ProvenanceLine[];
  /** One sentence: right or wrong, and why (a message, and in English). */
  readonly verdictMessage: Message;
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
export function diskSectorMessage(image: DiskImage, sector: number): Message {
  switch (image.kind) {
    case 'gpt': {
      const last = image.sectors - 1;
      if (sector === 0) return msg('sectors.mbr');
      if (sector === 1) return msg('sectors.primaryHeader');
      if (sector >= 2 && sector < 2 + GPT_ENTRY_ARRAY_SECTORS) return msg('sectors.primaryEntries');
      if (sector === last) return msg('sectors.backupHeader');
      if (sector >= last - GPT_ENTRY_ARRAY_SECTORS) return msg('sectors.backupEntries');
      return msg('sectors.unpartitioned');
    }
    case 'pattern':
      return msg('sectors.pattern');
    case 'zero':
      return msg('sectors.zero');
  }
}

/** The same, in English. */
export const describeDiskSector = (image: DiskImage, sector: number): string =>
  renderMessage(diskSectorMessage(image, sector), english);

const diskByte = (sector: number, byte: number) =>
  msg('diskByte', { sector, byte, offset: sector * CELL_BYTES + byte });
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

/** A line with its English. */
const line = (message: Message, bad: boolean) => ({
  message,
  text: renderMessage(message, english),
  bad,
});

/** One hop in words; `reader` is the request whose completion copy delivered the byte. */
function hopLine(sim: Simulation, lane: LaneId, hop: Hop, byte: number, reader: number | null) {
  const step = sim.steps[hop.step]!;
  // A hop's request is null only for steps outside any request, which no hop here comes from;
  // String() keeps the English exactly as it always was should one ever appear.
  const request = String(hop.request);
  const at = msg('at', { request, step: hop.step });
  const stale = reader !== null && hop.request !== reader;
  const left = stale ? msg('leftStale', { request }) : '';
  switch (step.type) {
    case 'completion-copy': {
      const it = lane === 'oracle' ? null : step.lanes[lane];
      const slot =
        it?.kind === 'copy'
          ? msg(it.staleSlot ? 'slotStale' : 'slot', { slot: it.copy.grantIndex })
          : '';
      const offset = pageByte(hop.from, byte);
      // Whether this copy is where it went wrong depends on the byte: see provenanceStory.
      return line(msg('copied', { lane, at, grant: hop.from.index, slot, offset }), false);
    }
    case 'backend-transfer':
      return hop.from.region === 'disk'
        ? line(msg('filled', { at, disk: diskByte(hop.from.index, byte), left }), stale)
        : line(
            msg('writtenToDisk', {
              sector: hop.to.index,
              at,
              grant: hop.from.index,
              offset: pageByte(hop.from, byte),
            }),
            false,
          );
    case 'write-copy':
      return line(
        msg('writeCopy', {
          grant: hop.to.index,
          at,
          page: hop.from.index,
          offset: pageByte(hop.from, byte),
          left,
        }),
        stale,
      );
    default:
      return line(msg('moved', { step: hop.step, type: step.type }), false);
  }
}

/** Where the data was born, in words. */
function originLine(sim: Simulation, p: Provenance, byte: number, reader: number | null) {
  const root = p.root;
  switch (root.kind) {
    case 'disk':
      return line(
        msg('originDisk', { sector: p.rootCell, what: diskSectorMessage(sim.image, p.rootCell) }),
        false,
      );
    case 'uninit-grant':
      return line(
        msg('originUninit', { grant: root.grant, offset: p.rootCell * CELL_BYTES + byte }),
        reader !== null,
      );
    case 'initial-memory':
      return line(msg('originInitial'), false);
    case 'fill':
      return line(msg('originFill', { op: root.op }), false);
  }
}

/** A verdict with its English. */
const verdictOf = (message: Message) => ({
  verdictMessage: message,
  verdict: renderMessage(message, english),
});

/** The verdict on a byte that request `reader`'s completion copy delivered into `loc`. */
function readerVerdict(
  sim: Simulation,
  p: Provenance,
  loc: Location,
  byte: number,
  reader: number,
) {
  const wanted = expectedSector(sim.requests[reader]!, loc.index, pageByte(loc, byte));
  if (wanted === null) {
    return { ...verdictOf(msg('notReadHere', { request: reader })), right: false, asked: null };
  }
  const asked = msg('asked', { request: reader, disk: diskByte(wanted, byte) });
  const grant = p.hops[0]!.from.index;
  // The hop before the completion copy is what put the content into the grant page.
  const source = p.hops[1];
  let got: Message;
  if (source?.type === 'backend-transfer' && source.from.region === 'disk') {
    if (source.request === reader && source.from.index === wanted) {
      return {
        ...verdictOf(msg('right', { asked })),
        right: true,
        asked: { sector: wanted, byte },
      };
    }
    got =
      source.request === reader
        ? msg('gotOwn', { sector: source.from.index, byte })
        : msg('gotLeft', { sector: source.from.index, request: String(source.request), grant });
  } else if (source?.type === 'write-copy') {
    got = msg('gotWrite', { request: String(source.request), grant });
  } else if (p.root.kind === 'uninit-grant') {
    got = msg('gotUninit', { grant: p.root.grant });
  } else {
    got = msg('gotNothing');
  }
  return {
    ...verdictOf(msg('wrong', { asked, got })),
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
    const verdict = readerVerdict(sim, p, loc, byte, reader);
    // A wrong byte went wrong at the completion copy: it read the wrong grant or offset.
    lines[0] = { ...lines[0]!, bad: !verdict.right };
    return { lines, ...verdict };
  }
  if (p.hops.length === 0 && p.root.kind === 'initial-memory') {
    return { lines, ...verdictOf(msg('nothingYet')), right: null, asked: null };
  }
  if (lane === 'oracle' && p.root.kind === 'disk') {
    return {
      lines,
      ...verdictOf(msg('oracle', { disk: diskByte(p.rootCell, byte) })),
      right: true,
      asked: { sector: p.rootCell, byte },
    };
  }
  return { lines, ...verdictOf(msg('notRead')), right: null, asked: null };
}
