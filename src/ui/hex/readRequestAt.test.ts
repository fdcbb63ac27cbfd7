import { describe, expect, it } from 'vitest';
import { scenario } from '../../../test/support/scenarios';
import { PRESETS, parseScenario, simulate } from '../../model';
import { readRequestAt } from './readRequestAt';

describe('readRequestAt', () => {
  const parsed = parseScenario(PRESETS.find((p) => p.id === 'parted-gpt')!.json);
  if (!parsed.ok) throw new Error('parted preset');
  const sim = simulate(parsed.value, { trace: true });
  // Trace: step 0 op 0 starts, 1-8 request 0, 9 op 0 done, 10 op 1 starts, 11-18 request 1 ...

  it('has nothing to show before the first request', () => {
    expect(readRequestAt(sim, 0)).toBeNull();
  });

  it('shows the request in progress', () => {
    expect(readRequestAt(sim, 1)).toEqual({ request: 0, inProgress: true });
    expect(readRequestAt(sim, 15)).toEqual({ request: 1, inProgress: true });
  });

  it('keeps showing the last READ between requests and after the end', () => {
    expect(readRequestAt(sim, 9)).toEqual({ request: 0, inProgress: false });
    expect(readRequestAt(sim, 10)).toEqual({ request: 0, inProgress: false });
    expect(readRequestAt(sim, sim.steps.length - 1)).toEqual({ request: 2, inProgress: false });
  });

  it('shows the previous READ while a WRITE runs', () => {
    const s = simulate(
      scenario({
        version: 1,
        disk: { sectors: 2048, content: 'pattern' },
        ops: [
          { op: 'read', sector: 0, bvecs: [{ page: 1, offset: 0, length: 512 }] },
          { op: 'write', sector: 8, bvecs: [{ page: 1, offset: 0, length: 512 }] },
        ],
      }),
      { trace: true },
    );
    const write = s.requests[1]!;
    expect(readRequestAt(s, write.firstStep + 1)).toEqual({ request: 0, inProgress: false });
  });
});
