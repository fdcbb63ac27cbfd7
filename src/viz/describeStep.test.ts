import { describe, expect, it } from 'vitest';
import { describeStep } from './describeStep';
import { EINVAL_READ, simulateJson, simulatePreset } from '../../test/support/pipelineScenarios';

describe('describeStep', () => {
  const sim = simulatePreset('parted-gpt');

  it('names the focused version, grant, bytes, destination and verdict of a copy', () => {
    expect(describeStep(sim, 43, '0a8704a51')).toBe(
      'Request 2: copy 1 — 0a8704a51 copies grant 0 bytes 0-4095 into bio_vec 1: wrong',
    );
    expect(describeStep(sim, 43, 'b7649158')).toBe(
      'Request 2: copy 1 — b7649158 copies grant 1 bytes 0-4095 into sg entry 1: right',
    );
  });

  it('describes queue-side steps', () => {
    expect(describeStep(sim, 23, '0a8704a51')).toBe(
      'Request 2: bio_vec 1 starts scatterlist entry 1 (size > 4096)',
    );
    expect(describeStep(sim, 28, '0a8704a51')).toBe(
      'Request 2: seg[0] gref=0 first_sect=6 last_sect=7',
    );
    expect(describeStep(sim, 37, '0a8704a51')).toBe(
      'Request 2: the backend reads disk 2–3 into grant 0 at byte 3072',
    );
  });

  it('describes an EINVAL op and steps out of range', () => {
    const bad = simulateJson(EINVAL_READ);
    expect(describeStep(bad, 1, 'b7649158')).toMatch(/^Op 0 fails with EINVAL: buffer address/);
    expect(describeStep(bad, 99, 'b7649158')).toMatch(/no steps/);
  });
});
