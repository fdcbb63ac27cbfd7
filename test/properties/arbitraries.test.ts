// The generator itself: everything it makes is a valid scenario, and it is not vacuous (a fixed
// sample reaches every case the other properties are meant to exercise).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssues, parseScenario } from '../../src/model';
import { scenarioArb } from './arbitraries';
import { propertyParams, propertyTimeout, run, stepsOf } from './helpers';

describe('scenario arbitraries', () => {
  it(
    'generate only scenarios that parseScenario accepts',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const parsed = parseScenario(input);
          expect(parsed.ok ? '' : formatIssues(parsed.error)).toBe('');
          // And the JSON text form, as a file or share link would carry it.
          expect(parseScenario(JSON.stringify(input)).ok).toBe(true);
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );

  it('cover every case the properties rely on (fixed sample)', () => {
    const seen = new Set<string>();
    for (const input of fc.sample(scenarioArb, { numRuns: 400, seed: 20130301 })) {
      const sim = run(input, true);
      const k = sim.scenario.kernel;
      for (const op of sim.ops) {
        if (op.status === 'EINVAL') seen.add('EINVAL');
        if (op.requests.length > 1) seen.add('several bios per op');
      }
      for (const s of stepsOf(sim, 'sg-new')) seen.add(`sg break: ${s.because}`);
      for (const s of stepsOf(sim, 'sg-merge')) {
        const page = sim.requests[s.request]!.bvecs[s.bvec]!.page;
        seen.add(page === s.entry.page ? 'sg merge in a page' : 'sg merge across pages');
      }
      for (const s of stepsOf(sim, 'grant-take')) seen.add(s.reused ? 'grant reused' : 'grant new');
      if (stepsOf(sim, 'kernel-bug').length > 0) seen.add('queue BUG');
      if (stepsOf(sim, 'backend-reject').length > 0) seen.add('backend EIO');
      for (const r of sim.requests) {
        if (r.sg.some((e) => e.offset + e.length > k.pageSize)) seen.add('sg entry crosses a page');
        if (r.status === 'EIO' && r.sg.length === 0) seen.add('rejected before mapping');
        for (const [v, o] of Object.entries(r.versions)) {
          if (o.misdirectedBytes > 0) seen.add(`${v} misdirects`);
          if (o.corruptBytes > 0) seen.add(`${v} corrupts a read`);
          if (o.diskCorruptBytes > 0) seen.add(`${v} corrupts the disk`);
          if (o.bug) seen.add(`${v} ${r.kind} BUG: ${o.bug.replace(/\[\d+\]/, '[n]')}`);
        }
      }
    }
    const required = [
      'EINVAL',
      'several bios per op',
      'sg break: size',
      'sg break: not-contiguous',
      'sg break: machine-frames',
      'sg break: boundary',
      'sg break: no-clustering',
      'sg merge in a page',
      'sg merge across pages',
      'grant reused',
      'grant new',
      'queue BUG',
      'backend EIO',
      'sg entry crosses a page',
      'rejected before mapping',
      '0a8704a51 misdirects',
      'd62f69185 misdirects',
      '0a8704a51 corrupts a read',
      'd62f69185 corrupts a read',
      '0a8704a51 corrupts the disk',
      '0a8704a51 read BUG: NULL pointer dereference: grants_used[n] was never set (i >= nr_segments)',
      'd62f69185 read BUG: BUG_ON(i >= nr_segments)',
      'b7649158 read BUG: BUG_ON(sg->offset + sg->length > PAGE_SIZE)',
      'b7649158 write BUG: BUG_ON(sg->offset + sg->length > PAGE_SIZE)',
      'b7649158 read BUG: BUG_ON(nr_segments > BLKIF_MAX_SEGMENTS_PER_REQUEST)',
    ];
    expect(required.filter((c) => !seen.has(c))).toEqual([]);
  });
});
