import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('base64url', () => {
  it('matches the RFC 4648 test vectors, unpadded', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(toBase64Url(bytes(plain))).toBe(encoded);
      expect(fromBase64Url(encoded)).toEqual(bytes(plain));
    }
  });

  it('uses "-" and "_" where base64 has "+" and "/"', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(fromBase64Url('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        expect(fromBase64Url(toBase64Url(data))).toEqual(data);
      }),
    );
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('Zm9v+')).toBeNull();
    expect(fromBase64Url('Zm9v/')).toBeNull();
    expect(fromBase64Url('Zm9v=')).toBeNull();
    expect(fromBase64Url('Zm9vY')).toBeNull();
    expect(fromBase64Url('é')).toBeNull();
  });
});
