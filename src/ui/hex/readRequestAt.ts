// Which READ the hex view shows at a step: the request in progress if it is a READ, else the most
// recent READ that started before the step, so the view keeps showing what the process last read
// while later ops (or a WRITE) run.
import type { Simulation } from '../../model';

/** The READ request the hex view shows, and whether it is still in progress at the step. */
export interface ShownRead {
  readonly request: number;
  readonly inProgress: boolean;
}

/** The READ to show after step `step`, or null when no READ has started by then. */
export function readRequestAt(sim: Simulation, step: number): ShownRead | null {
  const current = sim.steps[step]?.after.request ?? null;
  if (current !== null && sim.requests[current]?.kind === 'read') {
    return { request: current, inProgress: true };
  }
  for (let r = sim.requests.length - 1; r >= 0; r--) {
    const req = sim.requests[r]!;
    if (req.kind === 'read' && req.firstStep <= step) {
      return { request: r, inProgress: step <= req.lastStep };
    }
  }
  return null;
}
