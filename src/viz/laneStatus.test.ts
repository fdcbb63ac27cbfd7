import { describe, expect, it } from 'vitest';
import { laneStatus } from './laneStatus';
import { requestProgress } from './progress';
import { subjectAtStep } from './subject';
import {
  BUGS_AND_ERRORS,
  simulateJson,
  simulatePreset,
} from '../../test/support/pipelineScenarios';

const statusAt = (sim: ReturnType<typeof simulatePreset>, step: number, v: string) =>
  laneStatus(requestProgress(sim, subjectAtStep(sim, step), step)!, v as never);

describe('laneStatus', () => {
  const parted = simulatePreset('parted-gpt');

  it('counts copies and wrong copies while the completion runs', () => {
    expect(statusAt(parted, 41, '0a8704a51')).toMatchObject({ text: '5 copies to make' });
    expect(statusAt(parted, 44, '0a8704a51')).toMatchObject({
      tone: 'bad',
      text: 'copy 3 of 5 · ✗ 2 wrong copies',
    });
    expect(statusAt(parted, 44, 'b7649158')).toMatchObject({
      tone: 'neutral',
      text: 'copy 3 of 5',
    });
  });

  it('sums up a finished request', () => {
    expect(statusAt(parted, 48, '0a8704a51').text).toBe(
      'done · ✗ 4 wrong copies · 2095 corrupted bytes',
    );
    expect(statusAt(parted, 48, 'd62f69185')).toMatchObject({ tone: 'good' });
  });

  it('says when a lane has a BUG, is not running, or has nothing to copy', () => {
    const sim = simulateJson(BUGS_AND_ERRORS);
    expect(statusAt(sim, 5, 'b7649158').text).toMatch(/^WRITE/);
    expect(statusAt(sim, 19, 'd62f69185')).toMatchObject({
      tone: 'bug',
      overlay: 'BUG: BUG_ON(i >= nr_segments)',
    });
    expect(statusAt(sim, 25, 'b7649158')).toMatchObject({ tone: 'muted', text: 'not run' });
  });
});
