import { describe, expect, it } from 'vitest';
import raidStripe from '../../../scenarios/raid-stripe.json';
import { parseScenario } from '../../model';
import { buildRaidStripeOp, RAID_STRIPE_DEFAULTS } from './raidStripe';

describe('buildRaidStripeOp', () => {
  it('builds kernel-notes’ RAID bio by default: (S1,0,A) (U,A,1024) (S2,A+1024,3072-A)', () => {
    const built = buildRaidStripeOp(RAID_STRIPE_DEFAULTS, 4096);
    expect(built.ok && built.value.bvecs).toEqual(raidStripe.ops[1]!.bvecs);
    expect(built.ok && built.value.sector).toBe(8);
  });

  it('leaves out empty scratch parts and cuts a buffer that crosses a page', () => {
    const atStart = buildRaidStripeOp({ ...RAID_STRIPE_DEFAULTS, userOffset: 0 }, 4096);
    expect(atStart.ok && atStart.value.bvecs).toEqual([
      { page: 2, offset: 1024, length: 1024 },
      { page: 3, offset: 1024, length: 3072 },
    ]);
    const crossing = buildRaidStripeOp(
      {
        ...RAID_STRIPE_DEFAULTS,
        userOffset: 2048,
        userLength: 2048,
        bufferPageOffset: 3072,
        scratchBefore: 0,
      },
      4096,
    );
    expect(crossing.ok && crossing.value.bvecs).toEqual([
      { page: 0, offset: 0, length: 2048 },
      { page: 2, offset: 3072, length: 1024 },
      { page: 3, offset: 0, length: 1024 },
    ]);
  });

  it('names the input that is wrong', () => {
    const r = buildRaidStripeOp(
      { ...RAID_STRIPE_DEFAULTS, userOffset: 1000, userLength: 4096, scratchAfter: 2 },
      4096,
    );
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.error.map((p) => p.field);
    expect(fields).toContain('userOffset');
    expect(fields).toContain('userLength');
    expect(buildRaidStripeOp({ ...RAID_STRIPE_DEFAULTS, stripeUnit: 8192 }, 4096)).toMatchObject({
      ok: false,
      error: [{ field: 'stripeUnit' }],
    });
  });

  it('makes an op the validator accepts', () => {
    const built = buildRaidStripeOp({ ...RAID_STRIPE_DEFAULTS, userOffset: 512 }, 4096);
    if (!built.ok) throw new Error('expected an op');
    const scenario = { version: 1, disk: { sectors: 64, content: 'pattern' }, ops: [built.value] };
    expect(parseScenario(scenario).ok).toBe(true);
  });
});
