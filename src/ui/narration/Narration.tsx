// What is happening at the current step, in a sentence or two from the model's narration, read
// out politely by screen readers as the step changes, under a small "Step N of M · request r" line.
import { useMemo } from 'react';
import { narrateStep } from '../../model/narration';
import { useExplorer } from '../../state/StoreContext';
import './narration.css';

/** The narration for the current step and focused version. */
export function Narration() {
  const sim = useExplorer((s) => s.run.sim);
  const step = useExplorer((s) => s.step);
  const focus = useExplorer((s) => s.focus);
  const text = useMemo(() => narrateStep(sim, step, focus), [sim, step, focus]);
  const last = Math.max(0, sim.steps.length - 1);
  const request = sim.steps[step]?.after.request ?? null;
  return (
    <section className="narration" aria-label="Narration">
      {/* Step numbers match the Timeline slider (0-based); request numbers match the trace. */}
      <p className="narration-context">
        Step {step} of {last}
        {request !== null ? ` · request ${request}` : ''}
        {' · '}
        <span className="narration-focus">{focus}</span>
      </p>
      <p className="narration-text" role="status" aria-live="polite">
        {text}
      </p>
    </section>
  );
}
