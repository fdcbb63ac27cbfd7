// "Reproduce it": download the scenario's ops as a C program (O_DIRECT reads and writes at the
// same offsets and buffer alignments) and as a blktrace-style log of the requests, to compare
// with a real machine's `blktrace | blkparse`. Same serialisers as the Exports menu.
import { useId, useState } from 'react';
import { useExplorerStore } from '../../state/StoreContext';
import { useScenarioTitle } from '../embed/useScenarioTitle';
import { saveExport, type ExportKind } from '../exports/exportActions';

/** The two download buttons and a status line. */
export function ReproduceDownloads() {
  const store = useExplorerStore();
  const title = useScenarioTitle();
  const headingId = useId();
  const [status, setStatus] = useState('');
  const save = async (kind: ExportKind) => {
    try {
      setStatus(`Saved ${await saveExport(kind, store.getState(), title)}`);
    } catch (e) {
      setStatus(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className="symptom-block symptom-reproduce" aria-labelledby={headingId}>
      <h3 id={headingId}>Reproduce it</h3>
      <p className="symptom-note">
        The C program issues these ops with O_DIRECT at the same sectors and buffer alignments (run
        it on a scratch Xen guest disk); the log lists each request as blkparse prints it, to set
        beside a real <code>blktrace</code>.
      </p>
      <div className="symptom-buttons">
        <button type="button" onClick={() => void save('c-program')}>
          Download C reproducer
        </button>
        <button type="button" onClick={() => void save('blktrace')}>
          Download blktrace log
        </button>
        <span role="status" aria-live="polite" className="symptom-status">
          {status}
        </span>
      </div>
    </section>
  );
}
