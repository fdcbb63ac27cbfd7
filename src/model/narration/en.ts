// The narration's English templates: the model's own language, and the source every translation
// mirrors (src/i18n/locales/<lang>/narration.json has the same keys and placeholders, checked by a
// test). Kernel identifiers (bio_vec, grants_used[i], first_sect, BUG_ON, commit ids) are not
// translated in any language. Placeholders hold numbers, ranges such as "0–511", extents such as
// "(P3, 512, 1024)", or other messages already rendered.
import type { TemplateTable } from './message';

/** English narration templates, by message key. */
export const NARRATION_EN = {
  list: {
    and: '{{rest}} and {{last}}',
    separator: ', ',
    clauseSeparator: ', ',
  },
  n: {
    byte_one: '{{count}} byte',
    byte_other: '{{count}} bytes',
    bioVec_one: '{{count}} bio_vec',
    bioVec_other: '{{count}} bio_vecs',
    segment_one: '{{count}} segment',
    segment_other: '{{count}} segments',
    sector_one: '{{count}} sector',
    sector_other: '{{count}} sectors',
    request_one: '{{count}} request',
    request_other: '{{count}} requests',
    sgEntry_one: '{{count}} scatterlist entry',
    sgEntry_other: '{{count}} scatterlist entries',
  },
  // Separate keys, not plural forms: the two differ in content, and Chinese has one plural form.
  sectors: {
    one: 'sector {{first}}',
    range: 'sectors {{range}}',
  },
  grantName: {
    plain: 'grant {{grant}}',
    slot: 'grants_used[{{slot}}] (grant {{grant}})',
  },
  opStart: {
    title: 'Op {{op}}',
    titleLabelled: 'Op {{op}}, “{{label}}”',
    bvecs:
      '{{title}}: one {{kind}} bio of {{bvecs}} for sector {{sector}}, built directly, as a stacked driver such as RAID does, rather than cut from an O_DIRECT buffer.',
    buffer:
      '{{title}}: an O_DIRECT {{op}}() of {{length}} bytes from sector {{sector}}, with the buffer at address {{address}}, which is page {{page}}, offset {{offset}}.',
  },
  opFailed:
    'The {{op}} fails with EINVAL before any I/O: {{reason}}. O_DIRECT needs the buffer address and length to be multiples of the logical block size.',
  processFill:
    'Before the syscall the process writes its data into the buffer: {{bytes}} across {{bvecs}}.',
  bio: {
    head: 'Request {{request}}: a {{kind}} of {{total}} bytes ({{sectors}}) as {{bvecs}}: {{shown}}{{more}}.',
    more: ' …',
    aligned: '{{head}} Every bio_vec starts at page offset 0.',
    offPageOne:
      '{{head}} bio_vec {{bvec}} does not start at page offset 0: the layout the bio_vec-walking completions can get wrong.',
    offPageSome:
      '{{head}} bio_vecs {{bvecs}} do not start at page offset 0: the layout the bio_vec-walking completions can get wrong.',
    offPageMany:
      '{{head}} {{n}} of the {{total}} bio_vecs do not start at page offset 0: the layout the bio_vec-walking completions can get wrong.',
  },
  requestRejected:
    'The block layer fails request {{request}} with EIO before blkfront sees it: {{reason}}.',
  sgWhy: {
    first: "it is the request's first bio_vec",
    noClustering: 'clustering is off, so every bio_vec gets its own entry',
    size: '{{entry}} + {{length}} bytes would exceed max_segment_size ({{max}})',
    notContiguous:
      'it starts at physical address {{phys}}, not where bio_vec {{prev}} ends ({{prevEnd}})',
    machineFrames:
      'it is contiguous in pseudo-physical memory, but the machine frames (mfn {{a}} and {{b}}) are neither equal nor consecutive, which Xen PV forbids',
    boundary:
      "it follows bio_vec {{prev}} in physical memory, but the two would cross a {{bytes}}-byte boundary (segment boundary mask {{mask}}); with blkfront's limits an entry never spans two pages",
  },
  sg: {
    merge:
      'bio_vec {{bvec}} {{bv}} continues the previous one in physical memory and fits every limit, so it joins scatterlist entry {{segment}}, now {{entry}}. {{note}}',
    mergeCrosses:
      'It now runs past the end of its page, which the completion copies assume never happens.',
    mergeCovers: 'One entry, so one segment and one grant, now covers {{bvecs}}.',
    new: 'bio_vec {{bvec}} {{bv}} starts scatterlist entry {{segment}} because {{why}}. Entry {{segment}} will be ring segment {{segment}}, with a grant of its own.',
  },
  grant: {
    fresh:
      'The free list is empty, so blkfront allocates a new page for segment {{segment}} and grants it to the backend as grant {{grant}}; alloc_page() does not clear it, so it starts out holding uninitialised memory.',
    lastUser: 'request {{request}} used it last',
    usedBefore: 'it was used before',
    freeList: '[{{items}}]',
    freeEmpty: 'empty',
    reused:
      'Segment {{segment}} takes grant {{grant}} from the head of the free list ({{who}}; the free list is now {{free}}). Persistent grants are never cleared, so its page still holds whatever was last put there.',
  },
  writeCopy:
    "WRITE: blkfront copies scatterlist entry {{segment}}'s {{length}} bytes from P{{page}} offset {{offset}} into grant {{grant}} at the same offset, bytes {{range}}; the rest of that grant page keeps its old contents.",
  ringSegment:
    'seg[{{segment}}] = { gref of grant {{gref}}, first_sect {{first}}, last_sect {{last}} }: the backend will move {{sectors}} into bytes {{range}} of grant {{gref}} (first_sect × 512).',
  backendReject:
    'blkback refuses the whole request: {{reason}}. The guest gets BLKIF_RSP_ERROR, so the process sees EIO.',
  backend: {
    where: 'bytes {{range}} of grant {{grant}}',
    write: 'The backend writes {{where}} (segment {{segment}}) to disk {{sectors}}.',
    read: 'The backend reads disk {{sectors}} into {{where}}: offset {{offset}} is first_sect × 512, and the rest of that page keeps whatever it held.',
  },
  queueBug: {
    dies: "so every version's kernel stops here ({{message}})",
    maxSegments:
      'The request needs {{entries}} but a ring request carries at most {{max}}, {{dies}}.',
    entryPast: 'Scatterlist entry {{i}} {{entry}} runs past the end of its page',
    somePast: 'An entry runs past its page',
    write: '{{which}}, but a WRITE copies each entry into one {{page}}-byte grant page, {{dies}}.',
  },
  grantReturn: {
    one: "The completion gives grant {{grants}} back, pushing it on the head of the free list, which is now [{{free}}]: the next request's segment 0 gets grant {{next}} first, with this request's bytes still in it.",
    many: "The completion gives grants {{grants}} back, pushing each in turn on the head of the free list, which is now [{{free}}]: the next request's segment 0 gets grant {{next}} first, with this request's bytes still in it.",
  },
  outcome: {
    notRun: 'the kernel had already crashed, so it never ran',
    bug: 'the kernel crashed (BUG)',
    status: 'the process gets {{status}}',
    writeExact: 'the disk got exactly what the process meant to write',
    writeCorrupt: '{{n}} bytes on disk differ from what a correct kernel would have written',
    readExact: 'the process got exactly what the disk holds',
    readAllCorrupt: '{{n}} bytes came from the wrong place and all differ from the disk',
    readSomeCorrupt:
      '{{n}} bytes came from the wrong place, {{corrupt}} of them differing from the disk',
  },
  verdict: {
    all: 'In all {{n}} versions, {{outcome}}.',
    first: 'With {{versions}}, {{outcome}}',
    next: 'with {{versions}}, {{outcome}}',
    two: '{{a}}; {{b}}.',
    three: '{{a}}; {{b}}; {{c}}.',
  },
  requestDone: 'Request {{request}} ({{kind}}) is done. {{verdict}}',
  opDone: {
    einval: '{{op}}() returns EINVAL: nothing was transferred.',
    ok: '{{op}}() returns after {{requests}}. {{verdict}}',
  },
  copy: {
    memcpy: 'copies {{length}} bytes from {{grant}} at offset {{offset}}',
    sg: "Scatterlist entry {{i}} {{entry}} is segment {{i}}, and segment i's data is in grants_used[i], so b7649158 {{memcpy}} into the same offset of P{{page}}",
    originalBut:
      '{{head}} starts at page offset {{bvOffset}} but the running byte count is {{offset}}, so 0a8704a51 computes i = {{offset}} >> {{shift}} = {{i}} and {{memcpy}}',
    originalAnd:
      '{{head}} starts at page offset {{bvOffset}} and the running byte count is {{offset}}, so 0a8704a51 computes i = {{offset}} >> {{shift}} = {{i}} and {{memcpy}}',
    head: 'bio_vec {{bvec}} {{bv}}',
    partialFirst: '{{head}} is the first, so d62f69185 starts with i = 0 and {{memcpy}}',
    partialNext:
      '{{head}} starts at page offset {{bvOffset}}, below where the previous bio_vec ended ({{offset}}), so d62f69185 takes it for a new grant: i++ makes i = {{i}}, and it {{memcpy}}',
    partialSame:
      '{{head}} starts at page offset {{bvOffset}}, not below where the previous bio_vec ended ({{offset}}), so d62f69185 assumes the same grant continues: i stays {{i}}, and it {{memcpy}}',
  },
  run: {
    uninit: 'uninitialised (a fresh page)',
    mine: "this request's {{sectors}} (bio_vec {{bvec}}'s data)",
    mineOther: "this request's data",
    staleBy: 'stale (left by request {{request}})',
    staleRead: 'stale ({{sectors}}, read by request {{request}})',
    firstThere: 'bytes {{span}} there are {{what}}',
    firstOf: 'bytes {{span}} of grant {{grant}} are {{what}}',
    next: '{{span}} {{what}}',
    more: '{{parts}}, and so on',
  },
  copyVerdict: {
    right: 'That is exactly where the backend put {{sectors}}, so these bytes are right.',
    staleSlot:
      "grants_used[{{slot}}] is past this request's {{segments}}: a slot an earlier request left pointing at grant {{grant}}; ",
    heldAt: "grant {{grant}} holds this request's data only at bytes {{spans}}; ",
    heldNone: "grant {{grant}} holds none of this request's data; ",
    targetBvec: 'bio_vec {{n}}',
    targetEntry: 'entry {{n}}',
    wrong:
      'Wrong: {{where}}{{runs}}. The data {{target}} needs ({{sectors}}) is in grant {{grant}} at offset {{offset}}.',
  },
  lane: {
    copy: '{{decision}}. {{verdict}}',
    bugPartial:
      'bio_vec {{bvec}} starts at page offset {{bvOffset}}, below where the previous one ended ({{offset}}), so d62f69185 moves to i = {{i}}, but the request has only {{segments}}: BUG_ON(i >= nr_segments) fires and the kernel oopses (one scatterlist entry spans two pages here, which the d62f69185 guess cannot follow).',
    bugSg:
      'Scatterlist entry {{i}} runs past its page (sg->offset {{sgOffset}} + sg->length {{sgLength}} > {{page}}), so b7649158 hits BUG_ON(sg->offset + sg->length > PAGE_SIZE): it copies one grant page per entry and refuses an entry that spans pages.',
    bugOriginal:
      "The running byte count {{offset}} gives i = {{i}}, past the request's {{segments}}, and nothing checks it: 0a8704a51 follows grants_used[{{i}}], which was never set, and the kernel oopses ({{message}}).",
    idleDead: "{{v}}'s kernel already stopped at a BUG earlier in this request.",
    idleDone:
      '{{v}} has finished its loop: it walks {{entries}}, fewer than the {{bvecs}} bio_vecs the other versions walk.',
    notRun: "{{v}}'s kernel hit a BUG in an earlier request, so it never ran this one.",
  },
  brief: {
    right: 'right',
    wrong: 'wrong',
    copyOne: 'copies from grant {{grant}} at offset {{offset}} ({{verdict}})',
    copyBoth: 'both copy from grant {{grant}} at offset {{offset}} ({{verdict}})',
    bugOne: 'hits {{message}}',
    bugBoth: 'both hit {{message}}',
    idleOne: 'has finished its loop',
    idleBoth: 'have both finished their loops',
    notRunOne: 'is not running',
    notRunBoth: 'are both not running',
    each: '{{a}} {{whatA}} and {{b}} {{whatB}}',
    same: '{{a}} and {{b}} {{what}}',
  },
  meanwhile: '{{own}} Meanwhile {{said}}.',
} as const satisfies TemplateTable;
