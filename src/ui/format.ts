// Text forms of model values. Numbers stay plain integers (no thousands separators): the UI
// contract promises scripts can read them straight off the page.

/** A byte count or index as the page prints it: a plain base-10 integer. */
export const plainInteger = (n: number): string => String(n);

/** A bio_vec or scatterlist entry as the kernel docs write it: (page, offset, length). */
export const pageRange = (r: {
  readonly page: number;
  readonly offset: number;
  readonly length: number;
}): string => `(${r.page}, ${r.offset}, ${r.length})`;

/** A list of indices as "0, 1, 2", or `none` (the word, in the interface language) when empty. */
export const indexList = (ns: readonly number[], none = 'none'): string =>
  ns.length === 0 ? none : ns.join(', ');
