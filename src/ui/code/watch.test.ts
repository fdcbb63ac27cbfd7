import { describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate, type Simulation } from '../../model';
import { NOT_APPLICABLE, watchAt } from './watch';

function preset(id: string): Simulation {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value, { trace: true });
}
const table = (rows: readonly { name: string; value: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.name, r.value]));

describe('watchAt', () => {
  const sim = preset('d62-commit-example');

  it("shows 0a8704a51's loop variables at the wrong copy, marking what changed", () => {
    const watch = watchAt(sim, 11, '0a8704a51');
    expect(watch.scope).toBe('0a8704a51, iteration 1');
    expect(table(watch.rows)).toEqual({
      i: '0',
      offset: '512',
      bv_offset: '0',
      bv_len: '512',
      'sg->offset': NOT_APPLICABLE,
      'sg->length': NOT_APPLICABLE,
      nr_segments: '2',
      'grants_used[i]': 'grant 0',
    });
    const changed = watch.rows.filter((r) => r.changed).map((r) => r.name);
    expect(changed).toEqual(['offset', 'bv_offset']);
  });

  it('shows the scatterlist entry for b7649158 and no bio_vec variables', () => {
    const rows = table(watchAt(sim, 11, 'b7649158').rows);
    expect(rows).toMatchObject({ i: '1', 'sg->offset': '0', 'sg->length': '512' });
    expect(rows.offset).toBe(NOT_APPLICABLE);
    expect(rows['grants_used[i]']).toBe('grant 1');
  });

  it('marks nothing as changed on the first iteration', () => {
    expect(watchAt(sim, 10, 'd62f69185').rows.some((r) => r.changed)).toBe(false);
  });

  it('shows first_sect and last_sect for a ring segment, computed from the sg entry', () => {
    expect(table(watchAt(sim, 5, 'b7649158').rows)).toEqual({
      i: '0',
      'sg->offset': '3584',
      'sg->length': '512',
      gref: '0',
      first_sect: '7',
      last_sect: '7',
    });
  });

  it('says whether a grant was reused or freshly allocated', () => {
    expect(table(watchAt(sim, 4, 'b7649158').rows).grant).toBe('0 (new page)');
    const parted = preset('parted-gpt');
    expect(table(watchAt(parted, 13, 'b7649158').rows).grant).toBe('0 (reused)');
  });

  it('watches nothing when no kernel code runs', () => {
    expect(watchAt(sim, 0, 'b7649158')).toEqual({ scope: null, rows: [] });
  });
});
