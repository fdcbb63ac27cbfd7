// The table view's rows, checked against the worked cases of the kernel notes (expected values
// written from the notes, not from the code): d62f69185's own example and the RAID stripe.
import { describe, expect, it } from 'vitest';
import { simulatePreset } from '../../test/support/pipelineScenarios';
import { requestProgress } from './progress';
import { stepTable } from './stepTable';
import { subjectAtStep } from './subject';

type Sim = ReturnType<typeof simulatePreset>;
const tableAt = (sim: Sim, step: number) =>
  stepTable(requestProgress(sim, subjectAtStep(sim, step), step)!);
const lastStepOf = (sim: Sim, request: number) => sim.requests[request]!.lastStep;
/** [into, grants_used index, source offset, right] per copy: the facts the notes state. */
const summary = (t: ReturnType<typeof stepTable>, v: string) =>
  t.versions
    .find((r) => r.version === v)!
    .copies.map((c) => [`${c.into.kind}${c.into.index}`, c.grantIndex, c.srcOffset, c.right]);

describe('stepTable', () => {
  it("d62f69185's example: 0a8704a51 copies bio_vec 1 from grant 0, the others from grant 1", () => {
    const sim = simulatePreset('d62-commit-example');
    const t = tableAt(sim, lastStepOf(sim, 0));
    expect(t.bvecs.map((b) => [b.page, b.offset, b.length, b.segment])).toEqual([
      [1, 3584, 512, 0],
      [2, 0, 512, 1],
    ]);
    // One sg entry per page; ring segment sectors are offset >> 9 (3584 >> 9 = 7).
    expect(t.segments.map((s) => [s.page, s.offset, s.length, s.sectors])).toEqual([
      [1, 3584, 512, { first: 7, last: 7 }],
      [2, 0, 512, { first: 0, last: 0 }],
    ]);
    expect(t.segments.every((s) => s.transferred && s.grant !== null)).toBe(true);
    expect(summary(t, '0a8704a51')).toEqual([
      ['bvec0', 0, 3584, true],
      ['bvec1', 0, 0, false],
    ]);
    expect(summary(t, 'd62f69185')).toEqual([
      ['bvec0', 0, 3584, true],
      ['bvec1', 1, 0, true],
    ]);
    expect(summary(t, 'b7649158')).toEqual([
      ['sg0', 0, 3584, true],
      ['sg1', 1, 0, true],
    ]);
    const original = t.versions.find((r) => r.version === '0a8704a51')!;
    expect(original.state).toBe('done');
    expect(original.wrongCopies).toBe(1);
    expect(original.copies[1]!.misdirectedBytes).toBe(512);
  });

  it('RAID stripe: both bvec walks read bio_vecs 1 and 2 from grant 0; b7649158 is right', () => {
    const sim = simulatePreset('raid-stripe');
    const read = sim.requests.findIndex((r) => r.kind === 'read' && r.bvecs.length === 3);
    const t = tableAt(sim, lastStepOf(sim, read));
    for (const v of ['0a8704a51', 'd62f69185']) {
      const copies = summary(t, v);
      expect(copies.map((c) => c[1])).toEqual([0, 0, 0]);
      expect(copies.map((c) => c[3])).toEqual([true, false, false]);
    }
    expect(summary(t, 'b7649158').map((c) => [c[1], c[3]])).toEqual([
      [0, true],
      [1, true],
      [2, true],
    ]);
  });

  it('shows only what exists yet, and marks the copy made at this step', () => {
    const sim = simulatePreset('d62-commit-example');
    const r = sim.requests[0]!;
    // Before the request is built: no rows at all.
    const early = tableAt(sim, r.firstStep - 1);
    expect(early.bvecs).toEqual([]);
    expect(early.segments).toEqual([]);
    expect(early.versions.every((v) => v.state === 'waiting' && v.copies.length === 0)).toBe(true);
    // At the first completion-copy step each version has exactly one copy, and it is current.
    const firstCopy = sim.steps.findIndex(
      (s, i) => i >= r.firstStep && s.type === 'completion-copy',
    );
    const t = tableAt(sim, firstCopy);
    for (const v of t.versions) {
      expect(v.state).toBe('copying');
      expect(v.copies.map((c) => c.current)).toEqual([true]);
    }
    expect(tableAt(sim, firstCopy + 1).versions[0]!.copies[0]!.current).toBe(false);
  });
});
