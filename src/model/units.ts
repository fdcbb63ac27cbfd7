// Branded units: sectors, memory page numbers and grant ids are all plain integers at run time,
// and mixing them up is exactly the class of bug this project is about. Byte offsets and lengths
// stay plain `number` (every arithmetic step would otherwise need a cast); names carry the unit.

/** A 512-byte disk sector number (blkif_sector_t). */
export type Sector = number & { readonly __brand: 'Sector' };
/** Index of a page in the scenario's flat process address space (page p covers [p*PAGE_SIZE, (p+1)*PAGE_SIZE)). */
export type PageIndex = number & { readonly __brand: 'PageIndex' };
/** Id of a persistent grant in the frontend's pool: 0, 1, 2... in order of first allocation. */
export type GrantId = number & { readonly __brand: 'GrantId' };

/** Brands a sector number. */
export const sector = (n: number): Sector => n as Sector;
/** Brands a page index. */
export const pageIndex = (n: number): PageIndex => n as PageIndex;
/** Brands a grant id. */
export const grantId = (n: number): GrantId => n as GrantId;

/** blkif transfers 512-byte sectors whatever the disk's logical block size (first_sect/last_sect are >> 9). */
export const BLKIF_SECTOR_BYTES = 512;
/** The model's content granule: every offset and length on the I/O path is a multiple of it. */
export const CELL_BYTES = 512;
