// Named failure shapes, so a reviewer learns what to look for in code like blkif_completion().
// They come from what the bio_vec walks get wrong (completion/original.ts, partialData.ts):
// both decide "which grant" from the bio_vecs alone, while blk_rq_map_sg decided it from
// merges, so a failure starts at the first bio_vec where the two decisions part. Every failing
// layout gets exactly one pattern: find its FAILURE POINT (the first bio_vec that is copied from
// the wrong place, or where the kernel BUGs), then classify the step from the bio_vec before it:
//   1. it joined the previous bio_vec's segment across a page change -> entry-spans-pages
//   2. it started a new segment on the same page: touching -> split-adjacent,
//      after a hole -> gap-in-page, before the previous end -> backwards-in-page
//   3. it started a new segment on another page: at or after the previous end ->
//      offset-forward-across-pages; before it -> partial-first-page when it opens segment 1,
//      else partial-later-page
//   4. anything else -> other (tests show this stays empty in the standard spaces).

/** Id of a failure pattern. */
export type PatternId =
  | 'partial-first-page'
  | 'partial-later-page'
  | 'offset-forward-across-pages'
  | 'gap-in-page'
  | 'backwards-in-page'
  | 'split-adjacent'
  | 'entry-spans-pages'
  | 'other';

/** What a pattern is called and why the completion loops fail on it. */
export interface PatternInfo {
  readonly id: PatternId;
  readonly title: string;
  readonly description: string;
}

/** All patterns in display order; the index is the numeric code the inner loop uses. */
export const PATTERNS: readonly PatternInfo[] = [
  {
    id: 'partial-first-page',
    title: 'Partial first page, then more pages',
    description:
      "The request's first page holds less than a full page (it starts past offset 0, like parted's O_DIRECT buffer at a 512-byte offset, or ends early), and the next bio_vec starts a new page at a lower offset. blk_rq_map_sg gives the new page its own segment and grant, but 0a8704a51 picks the grant from the running byte count, still below one page, so it copies from grant 0. d62f69185 sees the offset go back and moves on, so this shape fails 0a8704a51 only. Look for a buffer index derived from a running byte count while the buffers are not all full.",
  },
  {
    id: 'partial-later-page',
    title: 'Full pages, then a partial page, then another page',
    description:
      "Byte count and page count agree while every page is full; after a page that holds less than a full page, 0a8704a51's running count is one page behind the segments, so the next page (and every later one) is copied from the previous segment's grant. d62f69185 sees the offset go back at the page change and is right.",
  },
  {
    id: 'offset-forward-across-pages',
    title: 'Page offset moves forward across a page change',
    description:
      'A bio_vec on a new page starts at or after the offset where the previous bio_vec ended: the RAID stripe (S1,0,A) (U,A,L) (S2,A+L,...) or (P0,0,512) (P1,512,512). Different pages never share a segment, so its data arrives in a grant of its own at that offset. d62f69185 moves to the next grant only when the offset goes backwards, and 0a8704a51\'s byte count has not reached a page, so both copy stale bytes from the previous grant at the same offset. Look for "new buffer" inferred from an offset that decreases.',
  },
  {
    id: 'gap-in-page',
    title: 'Gap inside one page',
    description:
      'Two consecutive bio_vecs lie on one page with a hole between them, e.g. (P0,0,512) (P0,1024,512). They are not contiguous, so blk_rq_map_sg starts a new segment and grant for the second. Neither bio_vec walk changes grant: the offset went forward (d62f69185) and the byte count stayed inside a page (0a8704a51). Look for code that assumes one page is one segment.',
  },
  {
    id: 'backwards-in-page',
    title: 'Offset goes back inside one page',
    description:
      "A bio_vec starts on the same page before the previous one, e.g. (P0,1024,512) (P0,0,512): a new segment and grant. d62f69185 moves to the next grant because the offset went back; 0a8704a51's running count is still inside the first page, so it copies from grant 0.",
  },
  {
    id: 'split-adjacent',
    title: 'Touching bio_vecs in separate segments (what-if)',
    description:
      "Consecutive bio_vecs touch on one page, but the queue limits keep them in separate segments (clustering off). Both bio_vec walks assume touching bio_vecs on one page share a grant, so the second is copied from the first one's grant.",
  },
  {
    id: 'entry-spans-pages',
    title: 'Segment spans a page boundary (what-if)',
    description:
      "With a segment boundary window wider than a page and machine-contiguous pages, blk_rq_map_sg merges a bio_vec on the next page into the previous segment, so its data sits in that grant after the previous bio_vec's bytes, not at its own page offset. The bio_vec walks copy it from its page offset (and d62f69185 moves to a grant past nr_segments: BUG_ON; 0a8704a51 may read a never-set grants_used slot); b7649158 hits BUG_ON(sg->offset + sg->length > PAGE_SIZE). 4.x's per-grant copy (gnttab_foreach_grant_in_range) handles such segments.",
  },
  {
    id: 'other',
    title: 'Other',
    description:
      'A failure none of the shapes above explains. Tests check that this stays empty in the standard spaces; a layout here means the patterns need a new entry.',
  },
];

/** Numeric codes of the patterns (index into PATTERNS), for the allocation-free inner loop. */
export const PATTERN_CODE: Readonly<Record<PatternId, number>> = Object.fromEntries(
  PATTERNS.map((p, i) => [p.id, i]),
) as Record<PatternId, number>;

/** A pattern's description by id. */
export const patternInfo = (id: PatternId): PatternInfo => PATTERNS[PATTERN_CODE[id]]!;

/**
 * Classifies a failure at bio_vec `f` (the failure point) from the step into it. `joined` says
 * whether bio_vec f joined the previous bio_vec's segment; `segment` is f's segment index.
 */
export function classifyFailure(
  f: number,
  page: ArrayLike<number>,
  offset: ArrayLike<number>,
  length: ArrayLike<number>,
  joined: boolean,
  segment: number,
): number {
  if (f <= 0) return PATTERN_CODE.other;
  const samePage = page[f] === page[f - 1];
  const prevEnd = offset[f - 1]! + length[f - 1]!;
  const at = offset[f]!;
  if (joined) return samePage ? PATTERN_CODE.other : PATTERN_CODE['entry-spans-pages'];
  if (samePage) {
    if (at === prevEnd) return PATTERN_CODE['split-adjacent'];
    return at > prevEnd ? PATTERN_CODE['gap-in-page'] : PATTERN_CODE['backwards-in-page'];
  }
  if (at >= prevEnd) return PATTERN_CODE['offset-forward-across-pages'];
  return segment === 1 ? PATTERN_CODE['partial-first-page'] : PATTERN_CODE['partial-later-page'];
}
