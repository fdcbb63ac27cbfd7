// "Reproduce it": download the scenario's ops as a C program (O_DIRECT reads and writes at the
// same offsets and buffer alignments) and as a blktrace-style log of the requests, to compare
// with a real machine's `blktrace | blkparse`. Same serialisers as the Exports menu.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExplorerStore } from '../../state/StoreContext';
import { useScenarioTitle } from '../embed/useScenarioTitle';
import { saveExport, type ExportKind } from '../exports/exportActions';

/** The two download buttons and a status line. */
export function ReproduceDownloads() {
  const store = useExplorerStore();
  const title = useScenarioTitle();
  const headingId = useId();
  const { t } = useTranslation('symptoms');
  const [status, setStatus] = useState('');
  const save = async (kind: ExportKind) => {
    try {
      setStatus(t('reproduce.saved', { name: await saveExport(kind, store.getState(), title) }));
    } catch (e) {
      setStatus(t('reproduce.failed', { why: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section className="symptom-block symptom-reproduce" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('reproduce.heading')}</h3>
      <p className="symptom-note">
        {t('reproduce.noteBefore')} <code>blktrace</code>
        {t('reproduce.noteAfter')}
      </p>
      <div className="symptom-buttons">
        <button type="button" onClick={() => void save('c-program')}>
          {t('reproduce.cProgram')}
        </button>
        <button type="button" onClick={() => void save('blktrace')}>
          {t('reproduce.blktrace')}
        </button>
        <span role="status" aria-live="polite" className="symptom-status">
          {status}
        </span>
      </div>
    </section>
  );
}
