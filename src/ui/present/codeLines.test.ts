import { describe, expect, it } from 'vitest';
import { PRESETS, parseScenario, simulate, type Simulation } from '../../model';
import { presentCode } from './codeLines';

function traced(id: string): Simulation {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value, { trace: true });
}

describe('presentCode', () => {
  const sim = traced('d62-commit-example');

  it('shows the deciding statements before the executing one, each on one line', () => {
    // Step 11: d62f69185's second copy, after the page offset went backwards (paneView's test).
    const code = presentCode(sim, 11, 'd62f69185')!;
    expect(code.title).toMatch(/^blkif_completion at d62f69185/);
    expect(code.lines.map((l) => l.current)).toEqual([false, false, true]);
    expect(code.lines[0]!.text).toBe('if (bvec->bv_offset < offset)');
    expect(code.lines[2]!.text).toBe(
      'memcpy(bvec_data, shared_data + bvec->bv_offset, bvec->bv_len);',
    );
  });

  it('follows the focused version', () => {
    const code = presentCode(sim, 11, '0a8704a51')!;
    expect(code.lines.map((l) => l.text)).toContain('i = offset >> PAGE_SHIFT;');
  });

  it('is null at a step where no line of blkfront runs', () => {
    expect(presentCode(sim, 0, '0a8704a51')).toBeNull();
  });
});
