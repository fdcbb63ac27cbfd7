import { describe, it, expect } from 'vitest';
import { PATTERN_MAX_SECTORS, PATTERN_RECORD_BYTES, patternSector } from './pattern';

const text = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

// Independent decoder: parse each record back into (sector, offset).
function decode(record: string): { sector: number; offset: number } {
  const m = /^LBA (\d{7}) \+([0-9a-f]{3})$/.exec(record);
  if (!m?.[1] || !m[2]) throw new Error(`not a pattern record: ${JSON.stringify(record)}`);
  return { sector: parseInt(m[1], 10), offset: parseInt(m[2], 16) };
}

describe('patternSector', () => {
  it('writes the exact bytes of a record', () => {
    const s = patternSector(2);
    expect(Array.from(s.slice(16, 32))).toEqual([
      0x4c, 0x42, 0x41, 0x20, 0x30, 0x30, 0x30, 0x30, 0x30, 0x30, 0x32, 0x20, 0x2b, 0x30, 0x31,
      0x30,
    ]);
    expect(text(s.slice(0, 16))).toBe('LBA 0000002 +000');
    expect(text(s.slice(496, 512))).toBe('LBA 0000002 +1f0');
  });

  it('fills 512 bytes with 32 records that decode to their sector and offset', () => {
    for (const sector of [0, 1, 9, 10, 12345, 999_999, 1_000_000, PATTERN_MAX_SECTORS - 1]) {
      const s = patternSector(sector);
      expect(s.length).toBe(512);
      for (let i = 0; i < 32; i++) {
        const at = i * PATTERN_RECORD_BYTES;
        expect(decode(text(s.slice(at, at + 16)))).toEqual({ sector, offset: at });
      }
    }
  });

  it('zero-pads big sector numbers to 7 digits', () => {
    expect(text(patternSector(8_388_607).slice(0x100, 0x110))).toBe('LBA 8388607 +100');
    expect(text(patternSector(4_096_000).slice(0xa0, 0xb0))).toBe('LBA 4096000 +0a0');
  });

  it('differs between neighbouring sectors', () => {
    expect(patternSector(41)).not.toEqual(patternSector(42));
  });

  it('rejects sectors outside the pattern range', () => {
    expect(PATTERN_MAX_SECTORS).toBe(8_388_608);
    expect(() => patternSector(PATTERN_MAX_SECTORS)).toThrow();
    expect(() => patternSector(-1)).toThrow();
    expect(() => patternSector(1.5)).toThrow();
  });
});
