// How the request list names an op: the scenario's own label when it has one, else a description
// built from the op, so unlabelled scenarios still read well.
import type { Scenario } from '../model';

/** One op of a validated scenario. */
type ScenarioOp = Scenario['ops'][number];

/** The op's label, or e.g. "read 16384 bytes into the buffer at address 48128". */
export function opLabel(op: ScenarioOp): string {
  if (op.label) return op.label;
  return op.kind === 'buffer'
    ? `${op.op} ${op.length} bytes ${op.op === 'read' ? 'into' : 'from'} the buffer at address ${op.address}`
    : `${op.op} with ${op.bvecs.length} explicit bio_vecs (stacked driver)`;
}
