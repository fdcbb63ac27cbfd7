// Expected strings are derived by hand from strace's rules (src/util.c string_quote/printstr_ex,
// see stringQuote.ts), not from this module's output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteString, quoteStringMapped, STRACE_DEFAULT_STRING_LIMIT } from './stringQuote';

const bytes = (...values: (number | string)[]): Uint8Array =>
  Uint8Array.from(
    values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])),
  );

describe('quoteString (strace -s N)', () => {
  it('prints printable ASCII as is, and escapes only the quote and the backslash', () => {
    expect(quoteString(bytes('EFI PART'), 32)).toBe('"EFI PART"');
    expect(quoteString(bytes('a"b\\c'), 32)).toBe('"a\\"b\\\\c"');
    expect(quoteString(bytes(' ~'), 32)).toBe('" ~"');
  });

  it('uses the C escapes for tab, newline, vertical tab, form feed and carriage return', () => {
    expect(quoteString(bytes(9, 10, 11, 12, 13), 32)).toBe('"\\t\\n\\v\\f\\r"');
  });

  it('prints other bytes as octal with as few digits as needed', () => {
    // 0 -> \0, 1 -> \1, 27 (033) -> \33, 127 (0177) -> \177, 128 -> \200, 255 -> \377
    expect(quoteString(bytes(0, 1, 27, 127, 128, 255), 32)).toBe('"\\0\\1\\33\\177\\200\\377"');
  });

  it('pads an octal escape to three digits when the next shown byte is an octal digit', () => {
    expect(quoteString(bytes(0, '1'), 32)).toBe('"\\0001"');
    expect(quoteString(bytes(27, '7'), 32)).toBe('"\\0337"');
    expect(quoteString(bytes(1, '0'), 32)).toBe('"\\0010"');
    // '8' and '9' are not octal digits: no ambiguity, no padding.
    expect(quoteString(bytes(0, '8'), 32)).toBe('"\\08"');
    expect(quoteString(bytes(0, 'A'), 32)).toBe('"\\0A"');
  });

  it('looks ahead only within the shown bytes', () => {
    // -s 1 shows the NUL only; the '1' after it is not shown, so no padding.
    expect(quoteString(bytes(0, '1'), 1)).toBe('"\\0"...');
  });

  it('shows at most N bytes, with "..." after the closing quote when there were more', () => {
    const zeros = new Uint8Array(40);
    expect(quoteString(zeros, 32)).toBe(`"${'\\0'.repeat(32)}"...`);
    expect(quoteString(zeros.subarray(0, 32), 32)).toBe(`"${'\\0'.repeat(32)}"`);
    expect(quoteString(zeros, 0)).toBe('""...');
    expect(quoteString(new Uint8Array(0), 32)).toBe('""');
    expect(STRACE_DEFAULT_STRING_LIMIT).toBe(32);
  });

  it('quotes the start of a GPT header as strace shows it', () => {
    // "EFI PART", revision 0x00010000 (LE 00 00 01 00), header size 92 = 0x5c = '\' (LE 5c 00 00 00)
    const header = bytes('EFI PART', 0, 0, 1, 0, 0x5c, 0, 0, 0);
    expect(quoteString(header, 32)).toBe('"EFI PART\\0\\0\\1\\0\\\\\\0\\0\\0"');
  });

  it('maps each shown byte to where its representation starts', () => {
    const q = quoteStringMapped(bytes('A', 0, '"', 0, '7'), 4);
    // text: "  A  \0  \"  \000  "...   (the 4th byte is followed by a hidden '7': no padding)
    expect(q.text).toBe('"A\\0\\"\\0"...');
    expect(q.byteStarts).toEqual([1, 2, 4, 6]);
    expect(q.end).toBe(8);
    expect(q.shown).toBe(4);
  });

  it('rejects a negative or fractional limit with a message naming it', () => {
    expect(() => quoteString(bytes('x'), -1)).toThrow(/string limit/);
    expect(() => quoteString(bytes('x'), 1.5)).toThrow(/string limit/);
  });
});

/**
 * Reads a quoted string back the way a C compiler reads a string literal: an octal escape takes
 * up to three octal digits, greedily. Written independently of the quoting code.
 */
function unquote(text: string): number[] {
  const body = text.replace(/"(\.\.\.)?$/, '').slice(1);
  const named: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      out.push(body.charCodeAt(i));
      continue;
    }
    const next = body[++i]!;
    if (next in named) {
      out.push(named[next]!);
      continue;
    }
    let digits = '';
    while (digits.length < 3 && /[0-7]/.test(body[i] ?? '')) digits += body[i++];
    i--;
    out.push(parseInt(digits, 8));
  }
  return out;
}

describe('quoteString is unambiguous', () => {
  it('reads back as the bytes it shows, for any buffer and limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.nat({ max: 90 }), (data, limit) => {
        const text = quoteString(data, limit);
        expect(unquote(text)).toEqual([...data.subarray(0, limit)]);
        expect(text.endsWith('...')).toBe(data.length > limit);
      }),
      { numRuns: 500 },
    );
  });
});
