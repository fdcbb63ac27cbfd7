import { describe, expect, it } from 'vitest';
import { hex, parseAddress, parseNumberText } from './parseNumber';

describe('parseAddress', () => {
  it('reads hex and decimal', () => {
    expect(parseAddress('0x1c00')).toEqual({ ok: true, value: 7168 });
    expect(parseAddress('0X1C00')).toEqual({ ok: true, value: 7168 });
    expect(parseAddress(' 7168 ')).toEqual({ ok: true, value: 7168 });
    expect(hex(7168)).toBe('0x1c00');
  });
  it('says what is wrong', () => {
    expect(parseAddress('')).toEqual({ ok: false, error: { key: 'parse.required' } });
    expect(parseAddress('0x')).toEqual({
      ok: false,
      error: { key: 'parse.notAddress', params: { text: '0x' } },
    });
    expect(parseAddress('12k')).toMatchObject({ ok: false });
    expect(parseAddress('-5')).toMatchObject({ ok: false });
    expect(parseAddress('0x' + 'f'.repeat(20))).toEqual({
      ok: false,
      error: { key: 'parse.tooLarge' },
    });
  });
});

describe('parseNumberText', () => {
  it('reads numbers as typed, leaving ranges to the validator', () => {
    expect(parseNumberText('1000')).toEqual({ ok: true, value: 1000 });
    expect(parseNumberText('-3')).toEqual({ ok: true, value: -3 });
    expect(parseNumberText('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumberText('0xfff')).toEqual({ ok: true, value: 4095 });
    expect(parseNumberText('abc')).toEqual({ ok: false, error: { key: 'parse.notNumber' } });
  });
});
