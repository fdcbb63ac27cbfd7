// The one import of lz-string (compression only; decoding is lzDecompress.ts, which is bounded).
// lz-string is CommonJS with `module.exports = LZString`: bundlers expose its functions as named
// exports, but Node's ESM loader (the CLI, under tsx) finds none and offers only `default`.
import * as lzModule from 'lz-string';

type LzString = typeof lzModule;
const lz: LzString = (lzModule as LzString & { readonly default?: LzString }).default ?? lzModule;

/** lz-string's compressor, to big-endian 16-bit code units as bytes. */
export const compressToUint8Array: (text: string) => Uint8Array = (text) =>
  lz.compressToUint8Array(text);
