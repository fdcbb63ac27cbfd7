// How strace prints a read()/write() buffer: the rules of string_quote() and printstr_ex() in
// strace's src/util.c (read at strace/strace commit 0563f65822fbdf6a7a41859eec6b97c42245be06),
// restated for strace's defaults (no -x, not a NUL-terminated string):
// - at most `-s N` bytes are shown (default 32); when the buffer is longer, "..." follows the
//   closing quote;
// - `"` and `\` are escaped with a backslash; \t \n \v \f \r use their C escapes;
// - other printable ASCII (0x20..0x7e) is shown as is;
// - any other byte is a backslash and its octal value in as few digits as needed ("\0", "\33",
//   "\377"), except that it takes all three digits when the next shown byte is an octal digit
//   '0'..'7', so "\0" followed by "1" prints as "\0001", never the different "\01".
// A buffer of zeros is therefore "\0\0\0..." like any other: strace has no special case for it.

/** strace's default `-s` string limit. */
export const STRACE_DEFAULT_STRING_LIMIT = 32;

const C_ESCAPES: Readonly<Record<number, string>> = {
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

const isOctalDigit = (byte: number | undefined): boolean =>
  byte !== undefined && byte >= 0x30 && byte <= 0x37;

/** Octal escape of a byte: minimal digits, or exactly three when `pad` is set. */
function octalEscape(byte: number, pad: boolean): string {
  const digits = byte.toString(8);
  return '\\' + (pad ? digits.padStart(3, '0') : digits);
}

/** A quoted buffer and where each shown byte's escape starts in it. */
export interface QuotedString {
  /** The text strace prints, quotes and trailing "..." included. */
  readonly text: string;
  /** byteStarts[i] = index in `text` where byte i's representation starts (i < bytes shown). */
  readonly byteStarts: readonly number[];
  /** Index in `text` just after the last shown byte (where the closing quote is). */
  readonly end: number;
  /** How many bytes are shown (min(length, limit)). */
  readonly shown: number;
}

/**
 * Quotes `bytes` as strace prints a syscall buffer, with a map from bytes to text positions so a
 * view can highlight the characters of particular bytes.
 */
export function quoteStringMapped(bytes: Uint8Array, limit: number): QuotedString {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new Error(`string limit must be a whole number >= 0, got ${limit}`);
  }
  const shown = Math.min(bytes.length, limit);
  const byteStarts: number[] = [];
  let text = '"';
  for (let i = 0; i < shown; i++) {
    byteStarts.push(text.length);
    const byte = bytes[i]!;
    const escape = C_ESCAPES[byte];
    if (escape !== undefined) text += escape;
    else if (byte >= 0x20 && byte <= 0x7e) text += String.fromCharCode(byte);
    // The look-ahead stays within the shown bytes: string_quote only sees `size` of them.
    else text += octalEscape(byte, i + 1 < shown && isOctalDigit(bytes[i + 1]));
  }
  const end = text.length;
  text += '"';
  if (bytes.length > limit) text += '...';
  return { text, byteStarts, end, shown };
}

/** strace's quoting of a syscall buffer with `-s limit`. */
export function quoteString(bytes: Uint8Array, limit: number): string {
  return quoteStringMapped(bytes, limit).text;
}
