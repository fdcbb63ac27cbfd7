// Condensed C-like listings of the code each trace step executes, written for this project (not
// copied): the queue side (fs/direct-io.c, generic_make_request_checks, blk_rq_map_sg,
// blkif_queue_request at 0a8704a51, blkback's dispatch_rw_block_io) and blkif_completion's READ
// copy plus grant give-back at each of the three commits. Variable names follow the kernel so the
// watch panel's `i`, `offset`, `bv_offset`... read straight off the listing.
import type { LaneIteration, Step } from './trace';
import { VERSION_INFO, type VersionId } from './versions';

/** Which listing: the shared queue side, or one version's completion. */
export type ListingId = 'queue' | `completion-${VersionId}`;

/** One source line: an id stable across releases (tests and the UI key on it) and its text. */
export interface ListingLine {
  readonly id: string;
  readonly text: string;
  /** Id of the statement's first line: `x-2`, `x-3` continue statement `x` across lines. */
  readonly statement: string;
}

/** A listing with the upstream commit it condenses. */
export interface Listing {
  readonly id: ListingId;
  readonly title: string;
  /** Commit id (full where known) the listing follows. */
  readonly commit: string;
  /** https://git.kernel.org/torvalds/c/<commit> */
  readonly url: string;
  readonly lines: readonly ListingLine[];
}

/** The line a step executes, plus the lines that decided it (e.g. the failed merge test). */
export interface CodeLine {
  readonly listing: ListingId;
  /** First line of the statement executing. */
  readonly line: string;
  /** First lines of the statements that decided it. */
  readonly also: readonly string[];
}

const CONTINUATION = /^(.*)-\d+$/;

const listing = (
  id: ListingId,
  title: string,
  commit: string,
  rows: readonly (readonly [string, string])[],
): Listing => ({
  id,
  title,
  commit,
  url: `https://git.kernel.org/torvalds/c/${commit}`,
  lines: rows.map(([lineId, text]) => ({
    id: lineId,
    text,
    statement: CONTINUATION.exec(lineId)?.[1] ?? lineId,
  })),
});

// Lines stay within ~44 columns with 2-space indents: the code pane is a narrow side column, and
// a statement split where a reader would split it reads better than one wrapped by the browser.

// The queue side is the same code under every version the model compares (only the completion
// differs), so it is one listing, from the commit that introduced persistent grants.
const QUEUE = listing(
  'queue',
  'Queue side: O_DIRECT, blk_rq_map_sg, blkif_queue_request, blkback',
  VERSION_INFO['0a8704a51'].commit,
  [
    ['dio.fn', '// fs/direct-io.c: do_blockdev_direct_IO()'],
    ['dio.align', 'if ((addr | len) & (blocksize - 1))'],
    ['dio.einval', '  return -EINVAL;'],
    ['dio.cut', '// a bio_vec per user page, up to a limit'],
    ['dio.submit', 'submit_bio(rw, bio);'],
    ['gmr.blank', ''],
    ['gmr.fn', '// block/blk-core.c:'],
    ['gmr.fn-2', '//   generic_make_request_checks()'],
    ['gmr.eod', 'if (bio_check_eod(bio, nr_sectors))'],
    ['gmr.eio', '  goto end_io;               // -EIO'],
    ['gmr.max', 'if (nr_sectors > queue_max_hw_sectors(q))'],
    ['gmr.max-eio', '  goto end_io;               // -EIO'],
    ['map.blank', ''],
    ['map.fn', '// block/blk-merge.c: blk_rq_map_sg()'],
    ['map.for', 'rq_for_each_segment(bvec, rq, iter) {'],
    ['map.nbytes', '  nbytes = bvec->bv_len;'],
    ['map.if', '  if (bvprv && cluster) {'],
    ['map.size', '    if (sg->length + nbytes >'],
    ['map.size-2', '        queue_max_segment_size(q))'],
    ['map.size-goto', '      goto new_segment;'],
    ['map.phys', '    if (phys(bvprv) + bvprv->bv_len !='],
    ['map.phys-2', '        phys(bvec))'],
    ['map.phys-goto', '      goto new_segment;'],
    ['map.mfn-note', '    // Xen PV: machine frames equal or +1'],
    ['map.mfn', '    if (!xen_biovec_phys_mergeable('],
    ['map.mfn-2', '            bvprv, bvec))'],
    ['map.mfn-goto', '      goto new_segment;'],
    ['map.boundary', '    if (!BIOVEC_SEG_BOUNDARY(q, bvprv,'],
    ['map.boundary-2', '                             bvec))'],
    ['map.boundary-goto', '      goto new_segment;'],
    ['map.join', '    sg->length += nbytes;'],
    ['map.else', '  } else {'],
    ['map.label', 'new_segment:'],
    ['map.next', '    sg = sg ? sg_next(sg) : sglist;'],
    ['map.set', '    sg_set_page(sg, bvec->bv_page, nbytes,'],
    ['map.set-2', '                bvec->bv_offset);'],
    ['map.nsegs', '    nsegs++;'],
    ['map.close-if', '  }'],
    ['map.prv', '  bvprv = bvec;'],
    ['map.close', '}'],
    ['q.blank', ''],
    ['q.fn', '// drivers/block/xen-blkfront.c:'],
    ['q.fn-2', '//   blkif_queue_request(req)'],
    ['q.map', 'nseg ='],
    ['q.map-2', '  blk_rq_map_sg(req->q, req, info->sg);'],
    ['q.b76', '// (b7649158 maps into shadow[id].sg)'],
    ['q.bug-nseg', 'BUG_ON(nseg >'],
    ['q.bug-nseg-2', '       BLKIF_MAX_SEGMENTS_PER_REQUEST);'],
    ['q.nseg', 'ring_req->u.rw.nr_segments = nseg;'],
    ['q.for', 'for_each_sg(info->sg, sg, nseg, i) {'],
    ['q.fsect', '  fsect = sg->offset >> 9;'],
    ['q.lsect', '  lsect = fsect + (sg->length >> 9) - 1;'],
    ['q.if-pool', '  if (info->persistent_gnts_c) {'],
    ['q.reuse', '    gnt = llist_del_first('],
    ['q.reuse-2', '            &info->persistent_gnts);'],
    ['q.count', '    info->persistent_gnts_c--;'],
    ['q.else-pool', '  } else {'],
    ['q.alloc-note', '    // a new page: never zeroed'],
    ['q.alloc', '    page = alloc_page(GFP_ATOMIC);'],
    ['q.pfn', '    gnt->pfn = page_to_pfn(page);'],
    ['q.grant', '    gnttab_grant_foreign_access_ref('],
    ['q.grant-2', '        gnt->gref, backend_id, mfn, 0);'],
    ['q.close-pool', '  }'],
    ['q.ref', '  ref = gnt->gref;'],
    ['q.used', '  info->shadow[id].grants_used[i] = gnt;'],
    ['q.if-write', '  if (rq_data_dir(req)) {        // WRITE'],
    ['q.write-bug', '    BUG_ON(sg->offset + sg->length >'],
    ['q.write-bug-2', '           PAGE_SIZE);'],
    ['q.write-copy', '    memcpy(shared_data + sg->offset,'],
    ['q.write-copy-2', '           bvec_data + sg->offset,'],
    ['q.write-copy-3', '           sg->length);'],
    ['q.close-write', '  }'],
    ['q.seg', '  ring_req->u.rw.seg[i] ='],
    ['q.seg-2', '    (struct blkif_request_segment) {'],
    ['q.seg-3', '      .gref = ref,'],
    ['q.seg-4', '      .first_sect = fsect,'],
    ['q.seg-5', '      .last_sect = lsect };'],
    ['q.close', '}'],
    ['be.blank', ''],
    ['be.fn', '// drivers/block/xen-blkback/blkback.c:'],
    ['be.fn-2', '//   dispatch_rw_block_io()'],
    ['be.nseg', 'if (nseg == 0 ||'],
    ['be.nseg-2', '    nseg > BLKIF_MAX_SEGMENTS_PER_REQUEST)'],
    ['be.nseg-fail', '  goto fail_response;   // guest: -EIO'],
    ['be.for', 'for (i = 0; i < nseg; i++) {'],
    ['be.nsec', '  seg[i].nsec ='],
    ['be.nsec-2', '    last_sect - first_sect + 1;'],
    ['be.sect', '  if (last_sect >= (PAGE_SIZE >> 9) ||'],
    ['be.sect-2', '      last_sect < first_sect)'],
    ['be.sect-fail', '    goto fail_response;'],
    ['be.close', '}'],
    ['be.io-note', '// seg i: nsec sectors at first_sect * 512'],
    ['be.io', 'bio_add_page(bio, pages[i],'],
    ['be.io-2', '             seg[i].nsec << 9,'],
    ['be.io-3', '             first_sect << 9);'],
  ],
);

const COMPLETION_HEAD = [
  ['fn', '// drivers/block/xen-blkfront.c:'],
  ['fn-2', '//   blkif_completion(s, info, bret)'],
] as const;
const BVEC_LOOP = [
  ['read', 'if (bret->operation == BLKIF_OP_READ) {'],
  ['for', '  rq_for_each_segment(bvec, s->request,'],
  ['for-2', '                      iter) {'],
  ['bug-page', '    BUG_ON(bvec->bv_offset + bvec->bv_len >'],
  ['bug-page-2', '           PAGE_SIZE);'],
] as const;
const KMAP = [
  ['kmap', '    shared_data = kmap_atomic(pfn_to_page('],
  ['kmap-2', '        s->grants_used[i]->pfn));'],
] as const;
const BVEC_COPY = [
  ['bmap', '    bvec_data = bvec_kmap_irq(bvec, &flags);'],
  ['bmap-note', '    // (page address + bv_offset)'],
  ['memcpy', '    memcpy(bvec_data,'],
  ['memcpy-2', '           shared_data + bvec->bv_offset,'],
  ['memcpy-3', '           bvec->bv_len);'],
] as const;
const GIVE_BACK_NOTE = ['ret.note', '// every grant goes back on the free list'] as const;

const ORIGINAL = listing(
  'completion-0a8704a51',
  'blkif_completion at 0a8704a51 (persistent grants)',
  VERSION_INFO['0a8704a51'].commit,
  [
    ...COMPLETION_HEAD,
    ['decl-i', 'int i;'],
    ['decl-offset', 'unsigned int offset = 0;'],
    ...BVEC_LOOP,
    ['pick', '    i = offset >> PAGE_SHIFT;'],
    ...KMAP,
    ...BVEC_COPY,
    ['advance', '    offset += bvec->bv_len;'],
    ['close-for', '  }'],
    ['close-read', '}'],
    GIVE_BACK_NOTE,
    ['ret.for', 'for (i = 0; i < s->req.u.rw.nr_segments;'],
    ['ret.for-2', '     i++)'],
    ['ret.add', '  llist_add(&s->grants_used[i]->node,'],
    ['ret.add-2', '            &info->persistent_gnts);'],
  ],
);

const PARTIAL_DATA = listing(
  'completion-d62f69185',
  'blkif_completion at d62f69185 (handle bvecs with partial data; read at 155b7edb5)',
  VERSION_INFO.d62f69185.commit,
  [
    ...COMPLETION_HEAD,
    ['decl-i', 'int i = 0;'],
    ['decl-offset', 'unsigned int offset = 0;'],
    ...BVEC_LOOP,
    ['back', '    if (bvec->bv_offset < offset)'],
    ['inc', '      i++;'],
    ['bug-nseg', '    BUG_ON(i >= s->req.u.rw.nr_segments);'],
    ...KMAP,
    ...BVEC_COPY,
    ['advance', '    offset = bvec->bv_offset +'],
    ['advance-2', '             bvec->bv_len;'],
    ['close-for', '  }'],
    ['close-read', '}'],
    GIVE_BACK_NOTE,
    ['ret.for', 'for (i = 0; i < s->req.u.rw.nr_segments;'],
    ['ret.for-2', '     i++)'],
    ['ret.add', '  list_add(&s->grants_used[i]->node,'],
    ['ret.add-2', '           &info->persistent_gnts);'],
  ],
);

const SG_BASED = listing(
  'completion-b7649158',
  'blkif_completion at b7649158 (per-request scatterlist)',
  VERSION_INFO.b7649158.commit,
  [
    ...COMPLETION_HEAD,
    ['decl-i', 'int i = 0;'],
    ['decl-nseg', 'int nseg = s->req.u.rw.nr_segments;'],
    ['read', 'if (bret->operation == BLKIF_OP_READ) {'],
    ['for-note', "  // the queue side's own scatterlist"],
    ['for', '  for_each_sg(s->sg, sg, nseg, i) {'],
    ['bug-sg', '    BUG_ON(sg->offset + sg->length >'],
    ['bug-sg-2', '           PAGE_SIZE);'],
    ...KMAP,
    ['bmap', '    bvec_data = kmap_atomic(sg_page(sg));'],
    ['memcpy', '    memcpy(bvec_data + sg->offset,'],
    ['memcpy-2', '           shared_data + sg->offset,'],
    ['memcpy-3', '           sg->length);'],
    ['close-for', '  }'],
    ['close-read', '}'],
    GIVE_BACK_NOTE,
    ['ret.for', 'for (i = 0; i < nseg; i++)'],
    ['ret.add', '  list_add(&s->grants_used[i]->node,'],
    ['ret.add-2', '           &info->persistent_gnts);'],
  ],
);

/** Every listing by id. */
export const LISTINGS: Readonly<Record<ListingId, Listing>> = {
  queue: QUEUE,
  'completion-0a8704a51': ORIGINAL,
  'completion-d62f69185': PARTIAL_DATA,
  'completion-b7649158': SG_BASED,
};

/** The completion listing of a version. */
export const completionListingId = (v: VersionId): ListingId => `completion-${v}`;

const at = (listingId: ListingId, line: string, also: readonly string[] = []): CodeLine => ({
  listing: listingId,
  line,
  also,
});

/** The merge test of blk_rq_map_sg that sent a bio_vec to a new entry. */
const SG_BREAK_LINE = {
  first: 'map.if',
  'no-clustering': 'map.if',
  size: 'map.size',
  'not-contiguous': 'map.phys',
  'machine-frames': 'map.mfn',
  boundary: 'map.boundary',
} as const;

/** Where one version's completion loop is at a lockstep iteration (null: its kernel is dead). */
function completionLine(it: LaneIteration, v: VersionId): CodeLine | null {
  const id = completionListingId(v);
  switch (it.kind) {
    case 'copy': {
      // The memcpy moves the bytes; the lines that chose the grant are what the reader checks.
      if (v === '0a8704a51') return at(id, 'memcpy', ['pick']);
      if (v === 'd62f69185') {
        const wentBack = (it.copy.vars.bv_offset ?? 0) < (it.copy.vars.offset ?? 0);
        return at(id, 'memcpy', wentBack ? ['back', 'inc'] : ['back']);
      }
      return at(id, 'memcpy', ['for']);
    }
    case 'bug':
      if (it.message.startsWith('BUG_ON(i >= nr_segments)')) return at(id, 'bug-nseg', ['inc']);
      if (it.message.startsWith('BUG_ON(sg->offset')) return at(id, 'bug-sg');
      // 0a8704a51 never checks i: the oops is the dereference of grants_used[i].
      return at(id, 'kmap', ['pick']);
    case 'idle':
      // Its walk is over (fewer iterations than another version's): the loop test fails.
      return at(id, 'for');
    case 'not-run':
      return null;
  }
}

/** The line executing at a step, in the queue listing or `version`'s completion listing. */
export function codeLineFor(step: Step, version: VersionId): CodeLine | null {
  switch (step.type) {
    case 'op-start':
    case 'process-fill':
    case 'request-done':
    case 'op-done':
      return null;
    case 'op-failed':
      return at('queue', 'dio.einval', ['dio.align']);
    case 'bio-built':
      return at('queue', 'dio.submit', ['dio.cut']);
    case 'request-rejected':
      return step.reason.includes('bio_check_eod')
        ? at('queue', 'gmr.eio', ['gmr.eod'])
        : at('queue', 'gmr.max-eio', ['gmr.max']);
    case 'sg-new':
      return at('queue', 'map.set', [SG_BREAK_LINE[step.because ?? 'first']]);
    case 'sg-merge':
      return at('queue', 'map.join', ['map.size', 'map.phys', 'map.mfn', 'map.boundary']);
    case 'grant-take':
      return step.reused
        ? at('queue', 'q.reuse', ['q.if-pool'])
        : at('queue', 'q.alloc', ['q.else-pool', 'q.pfn', 'q.grant']);
    case 'write-copy':
      return at('queue', 'q.write-copy', ['q.if-write']);
    case 'ring-segment':
      return at('queue', 'q.seg', ['q.fsect', 'q.lsect']);
    case 'kernel-bug':
      return step.message.includes('MAX_SEGMENTS')
        ? at('queue', 'q.bug-nseg', ['q.map'])
        : at('queue', 'q.write-bug', ['q.if-write']);
    case 'backend-reject':
      return step.reason.startsWith('seg[')
        ? at('queue', 'be.sect-fail', ['be.sect'])
        : at('queue', 'be.nseg-fail', ['be.nseg']);
    case 'backend-transfer':
      return at('queue', 'be.io', ['be.nsec']);
    case 'completion-copy':
      return completionLine(step.lanes[version], version);
    case 'grant-return':
      return at(completionListingId(version), 'ret.add', ['ret.for']);
  }
}
