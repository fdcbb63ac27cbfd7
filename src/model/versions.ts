// The three READ completion copies this project compares (drivers/block/xen-blkfront.c,
// blkif_completion()). Ids are the abbreviated upstream commit ids, as the UI contract names them.

/** Commit id of a completion-copy version. */
export type VersionId = '0a8704a51' | 'd62f69185' | 'b7649158';

/** All versions, oldest first. */
export const VERSION_IDS: readonly VersionId[] = ['0a8704a51', 'd62f69185', 'b7649158'];

/** What each version is, for narration and the code pane. */
export const VERSION_INFO: Readonly<
  Record<VersionId, { readonly title: string; readonly summary: string; readonly commit: string }>
> = {
  '0a8704a51': {
    title: 'Persistent grants (original)',
    summary: 'Grant index = running byte count of the bio_vecs >> PAGE_SHIFT.',
    commit: '0a8704a51f386cab7394e38ff1d66eef924d8ab8',
  },
  d62f69185: {
    title: 'Handle bvecs with partial data',
    summary: 'Move to the next grant only when a bio_vec starts before the previous one ended.',
    // Full id not recorded here; the loop was read at 155b7edb51430a280f86c1e21b7be308b0d219d4,
    // which contains it. cgit resolves the abbreviated id.
    commit: 'd62f69185',
  },
  b7649158: {
    title: 'Per-request scatterlist',
    summary: 'Walk the same scatterlist the queue side built: segment i is grant i.',
    commit: 'b7649158a0d241f8d53d13ff7441858539e16656',
  },
};

/** Link to the upstream commit. */
export const commitUrl = (id: VersionId): string =>
  `https://git.kernel.org/torvalds/c/${VERSION_INFO[id].commit}`;

/** Type guard for version ids coming from URLs or CLI flags. */
export const isVersionId = (s: string): s is VersionId =>
  (VERSION_IDS as readonly string[]).includes(s);
