import { describe, expect, it } from 'vitest';
import { grantCellState, memoryCellState, firstDivergentStep } from './cellState';
import { PRESETS } from './presets';
import { parseScenario } from './scenario/validate';
import { simulate } from './simulate';

const traced = (id: string) => {
  const p = parseScenario(PRESETS.find((x) => x.id === id)!.json);
  if (!p.ok) throw new Error(id);
  return simulate(p.value, { trace: true });
};

describe('cell states for the pipeline view', () => {
  const sim = traced('d62-commit-example');
  const secondCopy = sim.steps.filter((s) => s.type === 'completion-copy')[1]!.index;

  it('classifies grant cells as this request data, or uninitialised', () => {
    expect(grantCellState(sim, '0a8704a51', 0, 7, secondCopy)).toMatchObject({
      kind: 'data',
      request: 0,
      segment: 0,
    });
    expect(grantCellState(sim, '0a8704a51', 0, 0, secondCopy)).toEqual({ kind: 'uninit' });
  });

  it('marks a buffer cell wrong when the copy misdirected it, right otherwise', () => {
    expect(memoryCellState(sim, '0a8704a51', 2, 0, secondCopy)).toMatchObject({
      kind: 'copied',
      right: false,
    });
    expect(memoryCellState(sim, 'd62f69185', 2, 0, secondCopy)).toMatchObject({
      kind: 'copied',
      right: true,
      corruptBytes: 0,
    });
    expect(memoryCellState(sim, 'd62f69185', 2, 0, secondCopy - 1)).toEqual({ kind: 'initial' });
  });

  it('classifies stale content left by an earlier request', () => {
    const parted = traced('parted-gpt');
    const copy = parted.steps.find((s) => s.type === 'completion-copy' && s.request === 2)!.index;
    expect(grantCellState(parted, '0a8704a51', 0, 0, copy)).toMatchObject({
      kind: 'stale',
      request: 1,
    });
  });

  it('finds the first step where versions disagree', () => {
    expect(firstDivergentStep(sim)).toBe(secondCopy);
    expect(firstDivergentStep(traced('page-aligned'))).toBeNull();
  });
});
