import fc from 'fast-check';
import * as lzModule from 'lz-string';
import { describe, expect, it } from 'vitest';
import { compressToUint8Array } from './lzString';
import { lzDecompress } from './lzDecompress';

// The reference decoder, to check this one against (unbounded: only for trusted test input).
type Lz = typeof lzModule;
const lz: Lz = (lzModule as Lz & { default?: Lz }).default ?? lzModule;

const MiB = 1 << 20;

/**
 * A hostile stream, written bit by bit: one literal 'a', then `codes` codes that each name the
 * entry about to be made, so each output is one character longer than the last. Output grows with
 * the square of the input: 2,000 codes (about 3 KB) ask for 2 million characters.
 */
function quadraticBomb(codes: number): Uint8Array {
  const bits: number[] = [];
  const put = (value: number, width: number) => {
    for (let k = 0; k < width; k++) bits.push(Math.floor(value / 2 ** k) % 2);
  };
  let numBits = 3;
  let enlargeIn = 4;
  let dictSize = 4;
  put(0, 2);
  put('a'.charCodeAt(0), 8);
  for (let i = 0; i < codes; i++) {
    put(dictSize++, numBits);
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  put(2, numBits);
  const bytes = new Uint8Array(2 * Math.ceil(bits.length / 16));
  bits.forEach((bit, i) => (bytes[i >> 3]! |= bit << (7 - (i & 7))));
  return bytes;
}

describe('lzDecompress', () => {
  it('decodes what lz-string compresses, exactly as lz-string itself does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii' })),
        (text) => {
          const bytes = compressToUint8Array(text);
          expect(lzDecompress(bytes, MiB)).toEqual({ ok: true, text });
          expect(lz.decompressFromUint8Array(bytes)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decodes long, repetitive scenario-like text', () => {
    const text = JSON.stringify(
      Array.from({ length: 256 }, (_, n) => ({ page: n, offset: (n % 8) * 512, length: 512 })),
    );
    expect(lzDecompress(compressToUint8Array(text), MiB)).toEqual({ ok: true, text });
  });

  it('stops at the budget: 3 KB that would expand to 2 million characters', () => {
    // The bomb is well formed: with room enough it decodes to a triangle of 'a's.
    const small = quadraticBomb(20);
    const triangle = 'a'.repeat(231); // 1 + 2 + 3 + … + 21
    expect(lzDecompress(small, MiB)).toEqual({ ok: true, text: triangle });
    expect(lz.decompressFromUint8Array(small)).toBe(triangle);
    const bomb = quadraticBomb(2000);
    expect(bomb.length).toBeLessThan(4096);
    expect(lzDecompress(bomb, MiB)).toEqual({ ok: false, why: 'too-large' });
    // Exactly at the budget is still fine.
    expect(lzDecompress(compressToUint8Array('a'.repeat(1000)), 1000)).toMatchObject({ ok: true });
    expect(lzDecompress(compressToUint8Array('a'.repeat(1001)), 1000)).toMatchObject({ ok: false });
  });

  it('reports data cut short or mangled', () => {
    const bytes = compressToUint8Array('{"version":1,"title":"a scenario with some text"}');
    expect(lzDecompress(bytes.slice(0, bytes.length - 2), MiB)).toEqual({
      ok: false,
      why: 'truncated',
    });
    expect(lzDecompress(bytes.slice(0, 7), MiB)).toEqual({ ok: false, why: 'truncated' });
    expect(lzDecompress(new Uint8Array(0), MiB)).toEqual({ ok: false, why: 'truncated' });
    // First code 3 (two bits, read least significant first: 1 then 1) is neither literal nor end.
    expect(lzDecompress(new Uint8Array([0b11000000, 0]), MiB)).toEqual({
      ok: false,
      why: 'corrupt',
    });
  });

  it('decodes the empty text', () => {
    expect(lzDecompress(compressToUint8Array(''), MiB)).toEqual({ ok: true, text: '' });
  });
});
