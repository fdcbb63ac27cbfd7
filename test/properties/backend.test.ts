// blkback writes each segment's sectors into its grant page at first_sect*512 and nowhere else:
// checked on the traced run against the ring segments and, cell by cell, against the lanes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERSION_IDS, type Simulation } from '../../src/model';
import { scenarioArb } from './arbitraries';
import { propertyParams, propertyTimeout, run, stepsOf, type StepOf } from './helpers';

type Transfer = StepOf<'backend-transfer'>;
type RingSegmentStep = StepOf<'ring-segment'>;

/** Grant cells a transfer must leave alone, and the ones it must fill from disk, on each lane. */
function checkGrantCells(sim: Simulation, t: Transfer, seg: RingSegmentStep): void {
  const cells = sim.scenario.kernel.pageSize / 512;
  for (const v of VERSION_IDS) {
    const lane = sim.lanes[v];
    // A version whose kernel died earlier does no I/O at all.
    const live = !t.after.dead.includes(v);
    for (let cell = 0; cell < cells; cell++) {
      const before = lane.at('grant', t.grant, cell, t.index - 1);
      const after = lane.at('grant', t.grant, cell, t.index);
      const inRange = cell >= seg.firstSect && cell <= seg.lastSect;
      if (t.direction === 'disk-to-grant' && live && inRange) {
        const disk = lane.at('disk', t.sector + (cell - seg.firstSect), 0, t.index);
        expect(after, `${v} grant ${t.grant} cell ${cell}`).toEqual({
          ref: disk.ref,
          writtenAt: t.index,
        });
      } else {
        expect(after, `${v} grant ${t.grant} cell ${cell} (outside the transfer)`).toEqual(before);
      }
    }
  }
}

describe('backend transfers', () => {
  it(
    'write only sectors [first_sect, last_sect] of each grant, at first_sect*512',
    () => {
      fc.assert(
        fc.property(scenarioArb, (input) => {
          const sim = run(input, true);
          const pageSize = sim.scenario.kernel.pageSize;
          const ring = new Map<string, RingSegmentStep>();
          for (const s of stepsOf(sim, 'ring-segment')) ring.set(`${s.request}:${s.segment}`, s);
          // Segment i starts on disk where segment i-1 ended.
          const nextSector = new Map<number, number>();
          for (const t of stepsOf(sim, 'backend-transfer')) {
            const seg = ring.get(`${t.request}:${t.segment}`);
            expect(seg, `ring segment of request ${t.request} segment ${t.segment}`).toBeDefined();
            if (!seg) return;
            const request = sim.requests[t.request]!;
            expect(t.grant).toBe(seg.gref);
            expect(t.grantOffset).toBe(seg.firstSect * 512);
            expect(t.sectors).toBe(seg.lastSect - seg.firstSect + 1);
            expect(t.grantOffset + t.sectors * 512).toBeLessThanOrEqual(pageSize);
            expect(t.sector).toBe(nextSector.get(t.request) ?? request.sector);
            nextSector.set(t.request, t.sector + t.sectors);
            checkGrantCells(sim, t, seg);
          }
        }),
        propertyParams(),
      );
    },
    propertyTimeout(),
  );
});
