// "Hex view": the READ relevant to the current step (the one in progress, else the last one),
// as the focused version's process read it next to what the disk holds, hexdump -C style.
// Clicking a byte selects it in the store (the provenance panel explains it) and moves the
// timeline to the step that wrote it.
import { useTranslation } from 'react-i18next';
import { useDeferredValue, useId, useMemo } from 'react';
import { selectFocus, selectSim, selectStep } from '../../state/explorerStore';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { readRequestAt } from './readRequestAt';
import { RequestHex } from './RequestHex';
import './hex.css';

/** The hex view pane; reads the run, step, focus and selection from the store. */
export function HexView() {
  const { t } = useTranslation('hex');
  const headingId = useId();
  const store = useExplorerStore();
  const sim = useExplorer(selectSim);
  // Deferred: while playing fast, the hex dump may lag a frame behind rather than slow playback.
  const step = useDeferredValue(useExplorer(selectStep));
  const focus = useExplorer(selectFocus);
  const selected = useExplorer((s) => s.selected);
  const shown = useMemo(() => readRequestAt(sim, step), [sim, step]);
  return (
    <section className="hex-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      {shown ? (
        <RequestHex
          // A new request starts at its first byte; stepping within one keeps the position.
          key={shown.request}
          sim={sim}
          request={shown.request}
          inProgress={shown.inProgress}
          version={focus}
          step={step}
          selected={selected}
          onSelect={(selection) => store.getState().inspectByte(selection)}
        />
      ) : (
        <p className="hex-empty">{t('empty', { step })}</p>
      )}
      <HexLegend />
    </section>
  );
}

/** What the byte styles mean; each has a non-colour cue as well. */
function HexLegend() {
  const { t } = useTranslation('hex');
  return (
    <p className="hex-legend">
      <span className="hex-sample is-diff">45</span>
      {t('legend.diff')}
      <span className="hex-sample is-pending">..</span>
      {t('legend.pending')}
      <span className="hex-sample is-selected">00</span>
      {t('legend.selected')}
    </p>
  );
}
