import { describe, it, expect } from 'vitest';
import { crc32 } from './crc32';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

// Bit-at-a-time CRC-32 straight from the definition, to cross-check the table-driven version.
function bitwiseCrc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('gives the catalogue check value for "123456789"', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
  });

  it('is 0 for empty input', () => {
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('gives the well-known value for the pangram', () => {
    expect(crc32(ascii('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it('matches zlib for a 16384-byte zero GPT entry array (python3 zlib.crc32 = 0xab54d286)', () => {
    expect(crc32(new Uint8Array(16384))).toBe(0xab54d286);
  });

  it('returns an unsigned 32-bit number', () => {
    const value = crc32(ascii('123456789'));
    expect(value).toBeGreaterThan(0x7fffffff);
    expect(Number.isInteger(value)).toBe(true);
  });

  it('checksums only [start, end)', () => {
    const framed = ascii('xx123456789yyy');
    expect(crc32(framed, 2, 11)).toBe(0xcbf43926);
    expect(crc32(framed, 5, 5)).toBe(0);
  });

  it('agrees with a bitwise implementation on every byte value and many lengths', () => {
    const bytes = new Uint8Array(1000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = x >>> 16;
    }
    for (const len of [1, 2, 3, 7, 64, 255, 256, 999, 1000]) {
      expect(crc32(bytes, 0, len)).toBe(bitwiseCrc32(bytes.subarray(0, len)));
    }
    for (let b = 0; b < 256; b++) {
      expect(crc32(Uint8Array.of(b))).toBe(bitwiseCrc32(Uint8Array.of(b)));
    }
  });

  it('rejects a range outside the array', () => {
    const bytes = new Uint8Array(4);
    expect(() => crc32(bytes, 0, 5)).toThrow();
    expect(() => crc32(bytes, -1)).toThrow();
    expect(() => crc32(bytes, 3, 2)).toThrow();
  });
});
