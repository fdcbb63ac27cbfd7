import { describe, expect, it } from 'vitest';
import { insertAt, moveItem, removeItem } from './listEdit';

describe('list edits', () => {
  const list = ['a', 'b', 'c'] as const;
  it('inserts, clamping the index', () => {
    expect(insertAt(list, 1, 'x')).toEqual(['a', 'x', 'b', 'c']);
    expect(insertAt(list, 9, 'x')).toEqual(['a', 'b', 'c', 'x']);
  });
  it('removes', () => {
    expect(removeItem(list, 1)).toEqual(['a', 'c']);
    expect(removeItem(list, 7)).toEqual(['a', 'b', 'c']);
  });
  it('moves up and down, never off the ends', () => {
    expect(moveItem(list, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
