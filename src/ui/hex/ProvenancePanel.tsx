// "Byte provenance": where the selected byte came from, newest copy first, each with a button that
// jumps the timeline to the step that made it. The chain is traced as of the step at which the
// byte was selected and stays put while the user jumps back along it (traced at the new step, a
// byte that is not yet copied would have no history to follow).
import { useId, useState } from 'react';
import { bytesOfCell, type Simulation } from '../../model';
import { provenanceOf } from '../../model/provenance';
import type { ByteSelection } from '../../state/explorerStore';
import { selectSim, selectStep } from '../../state/explorerStore';
import { useExplorer, useExplorerStore } from '../../state/StoreContext';
import { asciiChar, hexPair } from '../../viz/hexdump';
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
  const headingId = useId();
  const sim = useExplorer(selectSim);
  const step = useExplorer(selectStep);
  const selected = useExplorer((s) => s.selected);
  return (
    <section className="provenance" role="region" aria-labelledby={headingId}>
      <h2 id={headingId}>Byte provenance</h2>
      {selected ? (
        <ProvenanceChain key={selectionKey(selected)} sim={sim} selection={selected} step={step} />
      ) : (
        <p className="provenance-empty">Click a byte in the hex view to see where it came from.</p>
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
        Page {page} offset {offset} on <strong>{version}</strong> after step {asOf}:{' '}
        <code>{hexPair(value)}</code> &lsquo;{asciiChar(value)}&rsquo;
        {disk !== null && (
          <>
            ; the disk holds <code>{hexPair(disk)}</code> &lsquo;{asciiChar(disk)}&rsquo; there
          </>
        )}
        .
      </p>
      <p className={verdictClass} aria-live="polite">
        {story.verdict}
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
                  <span className="provenance-sr">went wrong here: </span>
                </>
              )}
              {line.text}
            </span>
            {line.step !== null && (
              <button type="button" onClick={() => goTo(line.step!)}>
                Go to step {line.step}
              </button>
            )}
            {line.step === step && <span className="provenance-here">◀ current step</span>}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="provenance-close"
        onClick={() => store.getState().select(null)}
      >
        Close
      </button>
    </>
  );
}
