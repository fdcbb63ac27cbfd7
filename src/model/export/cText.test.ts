import { describe, expect, it } from 'vitest';
import { commentLines, commentText, cStringLiteral, wrapWords } from './cText';

describe('commentText', () => {
  it('never lets scenario text end or open a comment', () => {
    const out = commentText('a */ b /* c */*/ d');
    expect(out).not.toContain('*/');
    expect(out).not.toContain('/*');
  });

  it('breaks every "??" so no trigraph (e.g. ??/ = backslash) can form', () => {
    expect(commentText('what???/')).not.toContain('??');
  });

  it('writes non-ASCII and control characters as \\u{...} and folds whitespace', () => {
    expect(commentText('naïve\tgrant\n€')).toBe('na\\u{ef}ve grant \\u{20ac}');
  });
});

describe('cStringLiteral', () => {
  it('escapes quotes, backslashes and question marks', () => {
    expect(cStringLiteral('say "hi" \\ ??/')).toBe('"say \\"hi\\" \\\\ \\?\\?/"');
  });

  it('writes non-ASCII as UTF-8 octal escapes of three digits', () => {
    // é = c3 a9 = \303\251; a following digit must not extend the escape.
    expect(cStringLiteral('é1')).toBe('"\\303\\2511"');
    expect(cStringLiteral('\n')).toBe('"\\012"');
    expect(cStringLiteral('😀')).toBe('"\\360\\237\\230\\200"');
  });
});

describe('wrapping', () => {
  it('wraps at the width and keeps long words whole', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('abcdefgh ij', 4)).toEqual(['abcdefgh', 'ij']);
  });

  it('prefixes comment lines', () => {
    expect(commentLines('one two', 3, ' * ')).toEqual([' * one', ' * two']);
  });
});
