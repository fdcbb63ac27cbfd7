import { describe, expect, it } from 'vitest';
import { addOp, duplicateOp, moveOp, removeOp } from './opActions';
import { NEW_OP } from './opTemplates';

const draft = { version: 1, ops: ['a', 'b', 'c'] };

describe('op list edits', () => {
  it('adds after the open op and opens the new one', () => {
    expect(addOp(draft, 0)).toEqual({
      draft: { version: 1, ops: ['a', NEW_OP, 'b', 'c'] },
      selectedOp: 1,
    });
  });
  it('duplicates the open op', () => {
    expect(duplicateOp(draft, 2)).toEqual({
      draft: { version: 1, ops: ['a', 'b', 'c', 'c'] },
      selectedOp: 3,
    });
  });
  it('removes and opens the previous op', () => {
    expect(removeOp(draft, 1)).toEqual({ draft: { version: 1, ops: ['a', 'c'] }, selectedOp: 0 });
    expect(removeOp(draft, 0).selectedOp).toBe(0);
  });
  it('moves and follows the op', () => {
    expect(moveOp(draft, 0, 1)).toEqual({
      draft: { version: 1, ops: ['b', 'a', 'c'] },
      selectedOp: 1,
    });
    expect(moveOp(draft, 0, -1)).toEqual({ draft, selectedOp: 0 });
  });
});
