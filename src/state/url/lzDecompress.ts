// A bounded decoder for lz-string's Uint8Array format (what compressToUint8Array writes). The
// library's own decompressor has no output limit, and LZW output can grow quadratically with its
// input: a few kilobytes of hostile link can ask for gigabytes. This one stops at a byte budget, so
// the work for any input is bounded by input length + budget.
//
// Format (lz-string 1.x): a stream of bits, most significant first within each byte. Codes are
// numBits wide, numBits starting at 3 and growing as the dictionary does; each code's bits are
// assembled least significant first. Code 0 / 1: a literal 8- / 16-bit character follows and
// becomes a dictionary entry; code 2: end of stream; any other code names a dictionary entry (or
// the entry about to be made: the previous output plus its own first character).

/** Why compressed data could not be decoded. */
export type LzFailure = 'truncated' | 'corrupt' | 'too-large';

/** The decoded text, or why there is none. */
export type LzResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly why: LzFailure };

class BitReader {
  private position = 0;
  private readonly end: number;
  constructor(private readonly bytes: Uint8Array) {
    this.end = bytes.length * 8;
  }
  get exhausted(): boolean {
    return this.position >= this.end;
  }
  /** Reads `width` bits (assembled least significant first), or -1 past the end. */
  read(width: number): number {
    if (this.position + width > this.end) return -1;
    let value = 0;
    for (let k = 0; k < width; k++) {
      const at = this.position++;
      const bit = (this.bytes[at >> 3]! >> (7 - (at & 7))) & 1;
      value += bit * 2 ** k;
    }
    return value;
  }
}

const LITERAL_8 = 0;
const LITERAL_16 = 1;
const END = 2;

/** Decodes lz-string Uint8Array data, giving up once the text would exceed `maxChars`. */
export function lzDecompress(bytes: Uint8Array, maxChars: number): LzResult {
  // The format is a sequence of 16-bit characters, so an odd byte count was cut or mangled.
  if (bytes.length === 0 || bytes.length % 2 !== 0) return { ok: false, why: 'truncated' };
  const input = new BitReader(bytes);
  const dictionary: string[] = ['', '', ''];
  let numBits = 3;
  let enlargeIn = 4;
  const parts: string[] = [];

  const literal = (code: number): string | null => {
    const width = code === LITERAL_8 ? 8 : 16;
    const value = input.read(width);
    return value < 0 ? null : String.fromCharCode(value);
  };
  const grow = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };

  const first = input.read(2);
  if (first < 0) return { ok: false, why: 'truncated' };
  if (first === END) return { ok: true, text: '' };
  if (first !== LITERAL_8 && first !== LITERAL_16) return { ok: false, why: 'corrupt' };
  let previous = literal(first);
  if (previous === null) return { ok: false, why: 'truncated' };
  dictionary.push(previous);
  parts.push(previous);
  let total = 1;

  for (;;) {
    if (input.exhausted) return { ok: false, why: 'truncated' };
    let code = input.read(numBits);
    if (code < 0) return { ok: false, why: 'truncated' };
    if (code === END) return { ok: true, text: parts.join('') };
    if (code === LITERAL_8 || code === LITERAL_16) {
      const ch = literal(code);
      if (ch === null) return { ok: false, why: 'truncated' };
      dictionary.push(ch);
      code = dictionary.length - 1;
      grow();
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = previous + previous.charAt(0);
    else return { ok: false, why: 'corrupt' };
    total += entry.length;
    if (total > maxChars) return { ok: false, why: 'too-large' };
    parts.push(entry);
    dictionary.push(previous + entry.charAt(0));
    grow();
    previous = entry;
  }
}
