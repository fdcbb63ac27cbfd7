// Putting scenario text (titles, labels, descriptions, fill text) into C source safely. Scenario
// files come from anyone, so nothing they contain may end a comment, break a string literal, form
// a trigraph (-std=c11 enables them: "??/" is a backslash) or bring bytes a compiler may reject.

/** Text safe inside a C block comment: printable ASCII, no comment delimiters, one line. */
export function commentText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f) out += ch;
    else out += `\\u{${code.toString(16)}}`;
  }
  // A `*/` would end the comment and `/*` inside one trips -Wcomment; `??` could start a trigraph
  // (`??/` is a backslash, which before a newline would splice lines).
  return out
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/\?(?=\?)/g, '? ');
}

/** UTF-8 bytes of `text` (the model has no TextEncoder: no DOM or Node types in src/model). */
function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** A C string literal (with quotes) holding `text` as UTF-8, every risky byte escaped. */
export function cStringLiteral(text: string): string {
  let out = '"';
  for (const byte of utf8(text)) {
    const ch = String.fromCharCode(byte);
    if (ch === '\\' || ch === '"' || ch === '?') out += `\\${ch}`;
    else if (byte >= 0x20 && byte < 0x7f) out += ch;
    // Octal escapes take at most three digits, so a following digit can't extend them.
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `${out}"`;
}

/** Words of `text` wrapped into lines of at most `width` characters (long words stand alone). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines of a block comment: `text` escaped, wrapped at `width`, each line after `prefix`. */
export function commentLines(text: string, width = 92, prefix = ' * '): string[] {
  return wrapWords(commentText(text), width).map((l) => `${prefix}${l}`);
}

/** Like commentLines, but the first line starts with `first` and the others with `rest`. */
export function hangingCommentLines(
  text: string,
  width: number,
  first: string,
  rest: string,
): string[] {
  return wrapWords(commentText(text), width).map((l, i) => `${i === 0 ? first : rest}${l}`);
}
