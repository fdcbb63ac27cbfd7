// Which column each process page and each grant page occupies. Pages and grants are the same size
// (scenario v1), so a shared column grid lets a right completion copy run straight down from grant
// k to the page it belongs in, and a misdirected one visibly slant. Segment k's grant sits under
// the page where scatterlist entry k starts whenever that page has no grant below it yet.
import type { Bvec } from '../model/stages/bvec';

/** The request shape the column plan needs. */
export interface ColumnInput {
  readonly bvecs: readonly Bvec[];
  /** Scatterlist entries: the bio_vec indices each holds (empty when none was built). */
  readonly sg: readonly { readonly bvecs: readonly number[] }[];
  /** grants_used[] slots read past nr_segments (0a8704a51 under what-if limits), in order. */
  readonly staleSlots?: readonly number[];
}

/** Column of every page and grant slot. */
export interface ColumnPlan {
  /** Process pages in the order the request first touches them. */
  readonly pages: readonly number[];
  /** Column of each page in `pages` (same order). */
  readonly pageColumns: readonly number[];
  /** Column of grants_used[k] for each segment k, then for each stale slot. */
  readonly grantColumns: readonly number[];
  /** grants_used index shown in each entry of grantColumns. */
  readonly grantSlots: readonly number[];
  /** Columns used in all. */
  readonly count: number;
}

/** Lays out pages and grants on one column grid (see file comment). */
export function planColumns(input: ColumnInput): ColumnPlan {
  const pages: number[] = [];
  const pageColumns: number[] = [];
  const placed = new Set<number>();
  const grantColumns: number[] = [];
  const grantSlots: number[] = [];
  let nextPage = 0;
  let nextGrant = 0;
  const placePages = (bvecIndices: readonly number[], from: number): number => {
    let at = from;
    for (const j of bvecIndices) {
      const page = input.bvecs[j]!.page;
      if (placed.has(page)) continue;
      placed.add(page);
      pages.push(page);
      pageColumns.push(at++);
    }
    return at;
  };
  input.sg.forEach((entry, k) => {
    const fresh = entry.bvecs.filter((j) => !placed.has(input.bvecs[j]!.page));
    if (fresh.length > 0) {
      // Entry k starts a new page: page and grant share the next column free in both rows.
      const start = Math.max(nextPage, nextGrant);
      nextPage = placePages(fresh, start);
      grantColumns.push(start);
    } else {
      // Entry k lives in a page already placed (e.g. a second entry in one page).
      grantColumns.push(nextGrant);
    }
    grantSlots.push(k);
    nextGrant = grantColumns[grantColumns.length - 1]! + 1;
  });
  // Pages no entry covers (a request rejected before blk_rq_map_sg) follow in bio_vec order.
  nextPage = placePages(
    input.bvecs.map((_, j) => j),
    nextPage,
  );
  for (const slot of input.staleSlots ?? []) {
    grantColumns.push(nextGrant++);
    grantSlots.push(slot);
  }
  return { pages, pageColumns, grantColumns, grantSlots, count: Math.max(nextPage, nextGrant, 1) };
}
