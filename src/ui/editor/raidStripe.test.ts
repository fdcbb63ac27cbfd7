import { describe, expect, it } from 'vitest';
import raidStripe from '../../../scenarios/raid-stripe.json';
import { parseScenario } from '../../model';
import enEditor from '../../i18n/locales/en/editor.json';
import { buildRaidStripeOp, RAID_STRIPE_DEFAULTS, type RaidStripeInput } from './raidStripe';

/** The problems of one input, as [field, key, params]. */
const problemsOf = (change: Partial<RaidStripeInput>) => {
  const r = buildRaidStripeOp({ ...RAID_STRIPE_DEFAULTS, ...change }, 4096);
  return r.ok ? [] : r.error.map((p) => [p.field, p.key, p.params]);
};

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

  it('words each problem as an editor message key with the values it needs', () => {
    // 1000 is no multiple of 512; with that checked first, the offset's range is not reported too.
    expect(problemsOf({ userOffset: 1000 })).toEqual([
      ['userOffset', 'raid.problems.multipleOf512', undefined],
    ]);
    expect(problemsOf({ stripeUnit: 8192 })).toEqual([
      ['stripeUnit', 'raid.problems.stripeUnitRange', { pageSize: 4096 }],
    ]);
    // A = 1024, L = 4096: ends 1024 bytes past the 4096-byte stripe unit.
    expect(problemsOf({ userLength: 4096 })).toContainEqual([
      'userLength',
      'raid.problems.endWithinStripe',
      { stripeUnit: 4096 },
    ]);
    // The user's data sits on page 2 (U); S2 = 2 would overwrite it, S1 = S2 would alias.
    expect(problemsOf({ scratchAfter: 2 })).toEqual([
      ['scratchAfter', 'raid.problems.notUserPage', undefined],
    ]);
    expect(problemsOf({ scratchAfter: 1 })).toEqual([
      ['scratchAfter', 'raid.problems.differFromS1', undefined],
    ]);
    expect(problemsOf({ sector: -1 })).toEqual([
      ['sector', 'raid.problems.wholeNumber', undefined],
    ]);
  });

  it('uses only message keys the editor has in English', () => {
    const words = enEditor.raid.problems as Record<string, string>;
    const inputs: Partial<RaidStripeInput>[] = [
      { stripeUnit: 100, userOffset: -512, userLength: 0, bufferPageOffset: 4096 },
      { userOffset: 4096, userPage: 300, scratchBefore: 2, scratchAfter: 999 },
      { userLength: 4096, scratchAfter: 1 },
    ];
    const keys = inputs.flatMap((i) => problemsOf(i).map((p) => p[1] as string));
    expect(keys.length).toBeGreaterThan(6);
    for (const key of keys) expect(words[key.replace('raid.problems.', '')], key).toBeDefined();
  });

  it('makes an op the validator accepts', () => {
    const built = buildRaidStripeOp({ ...RAID_STRIPE_DEFAULTS, userOffset: 512 }, 4096);
    if (!built.ok) throw new Error('expected an op');
    const scenario = { version: 1, disk: { sectors: 64, content: 'pattern' }, ops: [built.value] };
    expect(parseScenario(scenario).ok).toBe(true);
  });
});
