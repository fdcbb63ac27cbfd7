import { describe, expect, it } from 'vitest';
import { getAt, parsePath, setAt } from './jsonTree';

describe('getAt / setAt', () => {
  const tree = { ops: [{ sector: 1, bvecs: [{ length: 512 }] }, { sector: 2 }], title: 't' };

  it('reads values by path and undefined off the tree', () => {
    expect(getAt(tree, ['ops', 0, 'bvecs', 0, 'length'])).toBe(512);
    expect(getAt(tree, ['ops', 5, 'sector'])).toBeUndefined();
    expect(getAt(tree, ['title', 'x'])).toBeUndefined();
  });

  it('copies only the spine it changes and keeps key order', () => {
    const next = setAt(tree, ['ops', 0, 'bvecs', 0, 'length'], 1000) as typeof tree;
    expect(next.ops[0]!.bvecs![0]!.length).toBe(1000);
    expect(tree.ops[0]!.bvecs![0]!.length).toBe(512);
    expect(next.ops[1]).toBe(tree.ops[1]);
    expect(Object.keys(next)).toEqual(['ops', 'title']);
  });

  it('removes keys and list items with undefined, and builds missing containers', () => {
    expect(setAt(tree, ['title'], undefined)).toEqual({ ops: tree.ops });
    expect((setAt(tree, ['ops', 0], undefined) as typeof tree).ops).toEqual([{ sector: 2 }]);
    expect(setAt({}, ['kernel', 'pageSize'], 8192)).toEqual({ kernel: { pageSize: 8192 } });
    expect(setAt({ ops: 5 }, ['ops', 0], 'x')).toEqual({ ops: ['x'] });
  });
});

describe('parsePath', () => {
  it('reads the validator paths', () => {
    expect(parsePath('ops[1].bvecs[0].length')).toEqual(['ops', 1, 'bvecs', 0, 'length']);
    expect(parsePath('memory.pages.3.pfn')).toEqual(['memory', 'pages', '3', 'pfn']);
    expect(parsePath('title')).toEqual(['title']);
  });
  it('returns null for pseudo-paths', () => {
    expect(parsePath('(json)')).toBeNull();
    expect(parsePath('(scenario)')).toBeNull();
  });
});
