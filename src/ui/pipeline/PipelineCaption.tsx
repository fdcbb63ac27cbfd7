// The line above the drawing: which request (or failed op) is shown, its size and shape, whether
// it is still to come or finished, and a chip when this step is where the versions diverge.
import type { ReactNode } from 'react';
import type { Simulation } from '../../model';
import type { PipelineSubject } from '../../viz/subject';

/** Props of PipelineCaption. */
export interface PipelineCaptionProps {
  readonly sim: Simulation;
  readonly subject: PipelineSubject;
  readonly step: number;
  readonly divergence: number | null;
}

/** "16 KiB", "1536 bytes": sizes as people say them. */
const sizeLabel = (bytes: number) =>
  bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;

const PHASE_WORDS = { queued: 'about to be issued', active: '', finished: 'finished' } as const;

/** Caption of the pipeline view. */
export function PipelineCaption({ sim, subject, step, divergence }: PipelineCaptionProps) {
  let text: ReactNode;
  if (subject.kind === 'request') {
    const r = sim.requests[subject.request]!;
    const bytes = r.bvecs.reduce((n, b) => n + b.length, 0);
    const phase = PHASE_WORDS[subject.phase];
    text = (
      <>
        <strong>
          Request {r.index} of {sim.requests.length}
        </strong>{' '}
        · {r.kind.toUpperCase()} {sizeLabel(bytes)} at sector {r.sector} · {r.bvecs.length} bio_vec
        {r.bvecs.length === 1 ? '' : 's'} → {r.sg.length} segment{r.sg.length === 1 ? '' : 's'}
        {phase && ` · ${phase}`}
      </>
    );
  } else if (subject.kind === 'einval') {
    text = (
      <>
        <strong>Op {subject.op}</strong> · O_DIRECT refuses the buffer (no request is built)
      </>
    );
  } else text = 'Nothing to show';
  return (
    <p className="pv-caption" aria-live="off">
      {text}
      {divergence !== null && step === divergence && (
        <span className="pv-chip pv-chip-diverge">versions diverge here</span>
      )}
    </p>
  );
}
