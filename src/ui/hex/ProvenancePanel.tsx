// "Byte provenance": where the selected byte came from, newest copy first, each with a button that
// jumps the timeline to the step that made it. The chain is traced as of the step at which the
// byte was selected and stays put while the user jumps back along it (traced at the new step, a
// byte that is not yet copied would have no history to follow).
import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { bytesOfCell, type Simulation } from '../../model';
import { provenanceOf } from '../../model/provenance';
import type { ByteSelection } from '../../state/explorerStore';
import { selectSim, selectStep } from '../../state/explorerStore';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { asciiChar, hexPair } from '../../viz/hexdump';
import { useMessageText } from '../../i18n/messageText';
import { provenanceStory } from '../../viz/provenanceText';
import './hex.css';

const CELL_BYTES = 512;

// Each select() makes a new selection object; numbering objects (not their fields) re-traces a
// byte clicked again at another step.
const selectionIds = new WeakMap<ByteSelection, number>();
let nextSelectionId = 0;
function selectionKey(selection: ByteSelection): number {
  let id = selectionIds.get(selection);
  if (id === undefined) {
    id = nextSelectionId++;
    selectionIds.set(selection, id);
  }
  return id;
}

/** The provenance pane; reads the selection from the store. */
export function ProvenancePanel() {
  const { t } = useTranslation('hex');
  const headingId = useId();
  const sim = useExplorer(selectSim);
  const step = useExplorer(selectStep);
  const selected = useExplorer((s) => s.selected);
  return (
    <section className="provenance" role="region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('provenance.heading')}</h2>
      {selected ? (
        <ProvenanceChain key={selectionKey(selected)} sim={sim} selection={selected} step={step} />
      ) : (
        <p className="provenance-empty">{t('provenance.empty')}</p>
      )}
    </section>
  );
}

/** Props of ProvenanceChain. */
interface ProvenanceChainProps {
  readonly sim: Simulation;
  readonly selection: ByteSelection;
  /** The current step: the chain is traced at its value when first shown, and marks its hop. */
  readonly step: number;
}

/** The chain for one selection, traced at the step current when it was selected. */
function ProvenanceChain({ sim, selection, step }: ProvenanceChainProps) {
  const { t } = useTranslation('hex');
  // The story's sentences are messages (viz/provenanceText.ts), worded under `story.`.
  const say = useMessageText('hex', 'story');
  const store = useExplorerStore();
  const [asOf] = useState(step);
  const { version, page, offset } = selection;
  const loc = { region: 'memory' as const, index: page, cell: Math.floor(offset / CELL_BYTES) };
  const byte = offset % CELL_BYTES;
  const lane = sim.lanes[version];
  const story = provenanceStory(sim, version, loc, provenanceOf(sim, version, loc, asOf), byte);
  const value = bytesOfCell(sim, lane.at('memory', page, loc.cell, asOf).ref)[byte]!;
  const disk = story.asked
    ? bytesOfCell(sim, lane.at('disk', story.asked.sector, 0, asOf).ref)[byte]!
    : null;
  const goTo = (n: number) => {
    store.getState().setPlaying(false);
    store.getState().setStep(n);
  };
  const verdictClass = story.right === false ? 'provenance-verdict is-wrong' : 'provenance-verdict';
  return (
    <>
      <p className="provenance-byte">
        {t('provenance.byteOn', { page, offset })}
        <strong>{version}</strong>
        {t('provenance.byteAfter', { step: asOf })}
        <code>{hexPair(value)}</code> ‘{asciiChar(value)}’
        {disk !== null && (
          <>
            {t('provenance.diskHolds')}
            <code>{hexPair(disk)}</code> ‘{asciiChar(disk)}’{t('provenance.there')}
          </>
        )}
        {t('provenance.end')}
      </p>
      <p className={verdictClass} aria-live="polite">
        {say(story.verdictMessage)}
      </p>
      <ol className="provenance-chain">
        {story.lines.map((line, i) => (
          <li
            key={i}
            className={[line.bad && 'is-bad-hop', line.step === step && 'is-current']
              .filter(Boolean)
              .join(' ')}
            aria-current={line.step === step ? 'step' : undefined}
          >
            <span className="provenance-text">
              {line.bad && (
                <>
                  <span className="provenance-flag" aria-hidden="true">
                    ✗{' '}
                  </span>
                  <span className="provenance-sr">{t('provenance.wentWrong')}</span>
                </>
              )}
              {say(line.message)}
            </span>
            {line.step !== null && (
              <button type="button" onClick={() => goTo(line.step!)}>
                {t('provenance.goTo', { step: line.step })}
              </button>
            )}
            {line.step === step && <span className="provenance-here">{t('provenance.here')}</span>}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="provenance-close"
        onClick={() => store.getState().select(null)}
      >
        {t('provenance.close')}
      </button>
    </>
  );
}
