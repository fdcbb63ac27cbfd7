// Limits that keep a hostile or mistyped scenario from hanging the app or the CLI. Each is far
// above what the bug needs: the worst preset uses 5 ops, 16 KiB per op and 8 pages.

/** Most ops (syscalls or stacked-driver bios) in one scenario. */
export const MAX_OPS = 64;
/** Most bytes one op may move (1 MiB). */
export const MAX_OP_BYTES = 1 << 20;
/** Pages in the flat process address space: page indices are 0..MAX_PAGES-1. */
export const MAX_PAGES = 256;
/** Most explicit bio_vecs in one stacked-driver op. */
export const MAX_EXPLICIT_BVECS = 256;
/** Largest disk, in 512-byte sectors (4 GiB); content is generated lazily. */
export const MAX_DISK_SECTORS = 8_388_608;
/** Longest title, description, op label or fill text, in characters. */
export const MAX_TEXT_CHARS = 4000;
/** Largest pfn/mfn a scenario may name (2^32 4 KiB frames would be 16 TiB). */
export const MAX_FRAME = 2 ** 31 - 1;
