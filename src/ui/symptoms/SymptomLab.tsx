// "Symptom lab": what the bug looks like from outside the kernel, per version: the process's
// strace, parted's conclusion, the disk before and after each write, and downloads to reproduce
// it on a real machine. A lazy chunk (the explorer loads it below the fold), default-exported for
// React.lazy.
import { useId } from 'react';
import { DiskWritesView } from './DiskWritesView';
import { PartedCards } from './PartedCards';
import { ReproduceDownloads } from './ReproduceDownloads';
import { StraceView } from './StraceView';
import './symptoms.css';

/** The symptom lab section (no props: it reads the explorer store). */
export default function SymptomLab() {
  const headingId = useId();
  return (
    <section className="symptom-lab" aria-labelledby={headingId}>
      <h2 id={headingId}>Symptom lab</h2>
      <p className="symptom-intro">
        What a user of each kernel sees: the same syscalls return different bytes, and tools draw
        conclusions from them. Marked (≠, underlined) is whatever differs from a correct kernel.
      </p>
      <StraceView />
      <PartedCards />
      <DiskWritesView />
      <ReproduceDownloads />
    </section>
  );
}
