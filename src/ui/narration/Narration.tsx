// What is happening at the current step, in a sentence or two from the model's narration, read
// out politely by screen readers as the step changes, under a small "Step N of M · request r" line.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNarrationText } from '../../i18n/narration';
import { useOpLabel } from '../../i18n/useOpLabel';
import { narrationMessage } from '../../model/narration';
import { useExplorer } from '../../state/StoreContext';
import './narration.css';

/** The narration for the current step and focused version. */
export function Narration() {
  const sim = useExplorer((s) => s.run.sim);
  const step = useExplorer((s) => s.step);
  const focus = useExplorer((s) => s.focus);
  // The model says what happens as a message; it is worded here in the interface language.
  const message = useMemo(() => narrationMessage(sim, step, focus), [sim, step, focus]);
  const text = useNarrationText(useOpLabel())(message);
  const last = Math.max(0, sim.steps.length - 1);
  const request = sim.steps[step]?.after.request ?? null;
  const { t } = useTranslation();
  return (
    <section className="narration" aria-label={t('narration.region')}>
      {/* Step numbers match the Timeline slider (0-based); request numbers match the trace. */}
      <p className="narration-context">
        {request !== null
          ? t('narration.contextRequest', { step, last, request })
          : t('narration.context', { step, last })}
        {' · '}
        <span className="narration-focus">{focus}</span>
      </p>
      <p className="narration-text" role="status" aria-live="polite">
        {text}
      </p>
    </section>
  );
}
