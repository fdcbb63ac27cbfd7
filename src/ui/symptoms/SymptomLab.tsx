// "Symptom lab": what the bug looks like from outside the kernel, per version: the process's
// strace, parted's conclusion, the disk before and after each write, and downloads to reproduce
// it on a real machine. A lazy chunk (the explorer loads it below the fold), default-exported for
// React.lazy.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DiskWritesView } from './DiskWritesView';
import { PartedCards } from './PartedCards';
import { ReproduceDownloads } from './ReproduceDownloads';
import { StraceView } from './StraceView';
import './symptoms.css';

/** The symptom lab section (no props: it reads the explorer store). */
export default function SymptomLab() {
  const headingId = useId();
  const { t } = useTranslation('symptoms');
  return (
    <section className="symptom-lab" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <p className="symptom-intro">{t('intro')}</p>
      <StraceView />
      <PartedCards />
      <DiskWritesView />
      <ReproduceDownloads />
    </section>
  );
}
