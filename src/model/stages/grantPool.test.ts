import { describe, expect, it } from 'vitest';
import { GrantPool } from './grantPool';

describe('GrantPool (persistent grants, LIFO)', () => {
  it('allocates new grants 0, 1, 2 when empty', () => {
    const pool = new GrantPool();
    expect([pool.take(), pool.take(), pool.take()]).toEqual([
      { grant: 0, reused: false },
      { grant: 1, reused: false },
      { grant: 2, reused: false },
    ]);
    expect(pool.size).toBe(3);
  });

  it("gives the next request's segment 0 the previous request's last grant", () => {
    const pool = new GrantPool();
    const used = [pool.take().grant, pool.take().grant, pool.take().grant];
    pool.giveBack(used);
    expect(pool.freeList()).toEqual([2, 1, 0]);
    expect(pool.take()).toEqual({ grant: 2, reused: true });
    expect(pool.take()).toEqual({ grant: 1, reused: true });
  });

  it('mixes reused and new grants when the pool runs short', () => {
    const pool = new GrantPool();
    pool.giveBack([pool.take().grant]);
    expect([pool.take(), pool.take()]).toEqual([
      { grant: 0, reused: true },
      { grant: 1, reused: false },
    ]);
  });
});
