// How the request list names an op: the scenario's own label when it has one, else a description
// built from the op, so unlabelled scenarios still read well.
import type { TFunction } from 'i18next';
import type { Scenario } from '../model';

/** One op of a validated scenario. */
type ScenarioOp = Scenario['ops'][number];

/**
 * The op's label (`label`: the scenario's own words, or a preset's in the interface language, see
 * useOpLabel), or a description in the interface language, e.g. "read 16384 bytes into the buffer
 * at address 48128".
 */
export function opLabel(op: ScenarioOp, t: TFunction, label = op.label): string {
  if (label) return label;
  if (op.kind === 'bvecs') return t('requests.opBvecs', { op: op.op, n: op.bvecs.length });
  const params = { length: op.length, address: op.address };
  return op.op === 'read'
    ? t('requests.opBufferRead', params)
    : t('requests.opBufferWrite', params);
}
