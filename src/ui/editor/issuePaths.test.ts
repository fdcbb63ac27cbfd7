import { describe, expect, it } from 'vitest';
import { countIssuesUnder, fieldId, groupIssues, isEditorField, opIndexOf } from './issuePaths';

describe('issue paths', () => {
  it('makes one DOM id per path, the same from a string or an array', () => {
    expect(fieldId('ed', 'ops[1].bvecs[0].length')).toBe('ed-ops-1_bvecs-0_length');
    expect(fieldId('ed', ['ops', 1, 'bvecs', 0, 'length'])).toBe('ed-ops-1_bvecs-0_length');
    expect(fieldId('ed', 'memory.pages.3')).toBe('ed-memory_pages_3');
    expect(fieldId('ed', 'ops[1]')).not.toBe(fieldId('ed', 'ops[11]'));
  });

  it('knows which paths have a field and which only the summary shows', () => {
    for (const p of [
      'title',
      'ops',
      'ops[2]',
      'ops[0].buffer.address',
      'ops[1].bvecs[0].length',
      'ops[1].bvecs[3]',
      'kernel.maxSegments',
      'memory.pages.3.mfn',
      'disk.content',
      'ops[0].fill.text',
    ])
      expect(isEditorField(p), p).toBe(true);
    for (const p of ['ops[0].foo', 'kernel.bogus', 'version', 'notes[0].step', '(scenario)'])
      expect(isEditorField(p), p).toBe(false);
  });

  it('finds the op of a path and counts issues under a prefix', () => {
    expect(opIndexOf('ops[12].sector')).toBe(12);
    expect(opIndexOf('disk.sectors')).toBeNull();
    const issues = [
      { path: 'ops[1]', message: 'a' },
      { path: 'ops[1].bvecs[0].length', message: 'b' },
      { path: 'ops[10].sector', message: 'c' },
      { path: 'ops[1].bvecs[0].length', message: 'd' },
    ];
    expect(countIssuesUnder(issues, 'ops[1]')).toBe(3);
    expect(
      groupIssues(issues)
        .get('ops[1].bvecs[0].length')
        ?.map((i) => i.message),
    ).toEqual(['b', 'd']);
  });
});
