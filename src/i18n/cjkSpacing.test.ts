import { describe, expect, it } from 'vitest';
import { cjkSpacing } from './cjkSpacing';

describe('cjkSpacing', () => {
  it('puts one space between Chinese and Latin letters or digits', () => {
    expect(cjkSpacing('后端把磁盘扇区 0读入授权页 0的第 2048–2559 字节')).toBe(
      '后端把磁盘扇区 0 读入授权页 0 的第 2048–2559 字节',
    );
    expect(cjkSpacing('因为1024 + 4096 字节')).toBe('因为 1024 + 4096 字节');
    expect(cjkSpacing('在grants_used[i]中')).toBe('在 grants_used[i] 中');
  });

  it('removes spaces between Chinese characters and around full-width punctuation', () => {
    expect(cjkSpacing('搬到 1 个扇区 搬到')).toBe('搬到 1 个扇区搬到');
    expect(cjkSpacing('是对的。 与此同时， 0a8704a51')).toBe('是对的。与此同时，0a8704a51');
    expect(cjkSpacing('（ 最初版本 ）')).toBe('（最初版本）');
  });

  it('leaves English and code alone', () => {
    const english = 'i = 512 >> 12 = 0 and copies 512 bytes from grant 0 at offset 0.';
    expect(cjkSpacing(english)).toBe(english);
    expect(cjkSpacing('BUG_ON(sg->offset + sg->length > PAGE_SIZE)')).toBe(
      'BUG_ON(sg->offset + sg->length > PAGE_SIZE)',
    );
  });
});
