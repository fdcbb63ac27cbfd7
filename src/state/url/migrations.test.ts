import { describe, expect, it } from 'vitest';
import {
  CURRENT_LINK_VERSION,
  LINK_UPGRADERS,
  upgradeParams,
  type LinkUpgrader,
} from './migrations';

describe('link migrations', () => {
  it('has an upgrader for every version below the current one, and none beyond', () => {
    for (let v = 1; v < CURRENT_LINK_VERSION; v++)
      expect(LINK_UPGRADERS[v], `v=${v}`).toBeTypeOf('function');
    for (const key of Object.keys(LINK_UPGRADERS))
      expect(Number(key)).toBeLessThan(CURRENT_LINK_VERSION);
  });

  it('chains upgraders from the link version to the current one', () => {
    // A made-up history: v1 called the focus `ver`; v2 renamed it; v3 spelled steps in hex.
    const upgraders: Record<number, LinkUpgrader> = {
      1: (p) => {
        const next = new Map(p);
        next.set('focus', p.get('ver') ?? '');
        next.delete('ver');
        return next;
      },
      2: (p) => new Map([...p].map(([k, v]) => [k, k === 'step' ? String(parseInt(v, 16)) : v])),
    };
    const v1 = new Map([
      ['ver', 'b7649158'],
      ['step', '1f'],
    ]);
    const upgraded = upgradeParams(v1, 1, 3, upgraders);
    expect(upgraded.ok && [...upgraded.value]).toEqual([
      ['step', '31'],
      ['focus', 'b7649158'],
    ]);
    expect(upgradeParams(new Map([['step', 'a']]), 2, 3, upgraders)).toMatchObject({
      ok: true,
      value: new Map([['step', '10']]),
    });
  });

  it('passes current links through and refuses newer ones', () => {
    const params = new Map([['p', 'raid-stripe']]);
    expect(upgradeParams(params, CURRENT_LINK_VERSION)).toEqual({ ok: true, value: params });
    expect(upgradeParams(params, CURRENT_LINK_VERSION + 1).ok).toBe(false);
  });

  it('reports a gap in the table instead of misreading the link', () => {
    expect(upgradeParams(new Map(), 1, 3, { 1: (p) => new Map(p) })).toEqual({
      ok: false,
      error: 'no upgrade from link version 2 (a bug: please report the link)',
    });
  });
});
