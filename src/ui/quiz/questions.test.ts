import { describe, expect, it } from 'vitest';
import { parseScenario, PRESETS, simulate, VERSION_IDS, type VersionId } from '../../model';
import { grade, MAX_CHOICES, questionsKey, quizQuestions, sourceText } from './questions';

const simOf = (id: string) => {
  const parsed = parseScenario(PRESETS.find((p) => p.id === id)!.json);
  if (!parsed.ok) throw new Error(id);
  return simulate(parsed.value, { trace: true });
};

describe('quiz questions', () => {
  const sim = simOf('d62-commit-example');

  it('asks before each copy of the focused version, with the answer from its lane', () => {
    const qs = quizQuestions(sim, '0a8704a51');
    expect(qs.map((q) => q.step)).toEqual([10, 11]);
    expect(qs[1]).toMatchObject({
      version: '0a8704a51',
      request: 0,
      iteration: 1,
      target: 'bio_vec 1 (P2, 0, 512)',
      length: 512,
      // 0a8704a51: 512 bytes done, 512 >> 12 = 0, so grant 0 again.
      answer: { slot: 0, grant: 0, srcOffset: 0 },
    });
    // Where the data really is (grants_used[1]) is offered, and so is the running count 512.
    expect(qs[1]!.grantChoices.map((c) => c.label)).toEqual([
      'grants_used[0] · gref 0',
      'grants_used[1] · gref 1',
      'grants_used[2] · past nr_segments',
    ]);
    expect(qs[1]!.offsetChoices).toEqual([0, 512, 3584]);
  });

  it('follows the focus: d62f69185 and b7649158 move to grants_used[1]', () => {
    expect(quizQuestions(sim, 'd62f69185')[1]!.answer).toEqual({ slot: 1, grant: 1, srcOffset: 0 });
    const sg = quizQuestions(sim, 'b7649158')[1]!;
    expect(sg.target).toBe('scatterlist entry 1 (P2, 0, 512)');
    expect(sg.answer.slot).toBe(1);
  });

  it("offers the sg walk's grant as a distractor where d62f69185 goes wrong (RAID)", () => {
    const raid = simOf('raid-stripe');
    const q = quizQuestions(raid, 'd62f69185').find((x) => x.target.startsWith('bio_vec 1'))!;
    expect(q.answer).toMatchObject({ slot: 0, srcOffset: 1024 });
    expect(q.grantChoices.map((c) => c.slot)).toContain(1);
  });

  it('grades the grant and the offset separately', () => {
    const q = quizQuestions(sim, '0a8704a51')[1]!;
    expect(grade(q, 0, 0)).toEqual({ grantRight: true, offsetRight: true, correct: true });
    expect(grade(q, 1, 0)).toEqual({ grantRight: false, offsetRight: true, correct: false });
    expect(grade(q, 0, 512)).toEqual({ grantRight: true, offsetRight: false, correct: false });
    expect(sourceText(q, 1, 0)).toBe('grants_used[1] · gref 1, offset 0');
  });

  it('changes its key with the focus, not with unrelated edits', () => {
    const a = questionsKey(quizQuestions(sim, '0a8704a51'));
    expect(questionsKey(quizQuestions(sim, '0a8704a51'))).toBe(a);
    expect(questionsKey(quizQuestions(sim, 'd62f69185'))).not.toBe(a);
  });

  it('for every preset and version: one question per copy, answer among ≤ 4 valid choices', () => {
    for (const preset of PRESETS) {
      const s = simOf(preset.id);
      for (const v of VERSION_IDS as readonly VersionId[]) {
        const qs = quizQuestions(s, v);
        const copies = s.requests.reduce((n, r) => n + r.versions[v].copies.length, 0);
        expect(qs.length, `${preset.id} ${v}`).toBe(copies);
        for (const q of qs) {
          const slots = q.grantChoices.map((c) => c.slot);
          expect(slots).toContain(q.answer.slot);
          expect(q.offsetChoices).toContain(q.answer.srcOffset);
          expect(slots.length).toBeLessThanOrEqual(MAX_CHOICES);
          expect(slots.length).toBeGreaterThanOrEqual(2);
          expect(q.offsetChoices.length).toBeLessThanOrEqual(MAX_CHOICES);
          expect(new Set(slots).size).toBe(slots.length);
          expect([...slots].sort((a, b) => a - b)).toEqual(slots);
          for (const o of q.offsetChoices) {
            expect(o % 512).toBe(0);
            expect(o + q.length).toBeLessThanOrEqual(s.scenario.kernel.pageSize);
          }
        }
      }
    }
  });
});
