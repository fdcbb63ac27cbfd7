// The line above the drawing: which request (or failed op) is shown, its size and shape, whether
// it is still to come or finished, and a chip when this step is where the versions diverge.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Simulation } from '../../model';
import type { PipelineSubject } from '../../viz/subject';

/** Props of PipelineCaption. */
export interface PipelineCaptionProps {
  readonly sim: Simulation;
  readonly subject: PipelineSubject;
  readonly step: number;
  readonly divergence: number | null;
}

/** Caption of the pipeline view. */
export function PipelineCaption({ sim, subject, step, divergence }: PipelineCaptionProps) {
  const { t } = useTranslation('pipeline');
  // "16 KiB", "1536 bytes": sizes as people say them.
  const sizeLabel = (bytes: number) =>
    bytes % 1024 === 0
      ? t('caption.kib', { count: bytes / 1024 })
      : t('caption.bytes', { count: bytes });
  let text: ReactNode;
  if (subject.kind === 'request') {
    const r = sim.requests[subject.request]!;
    const bytes = r.bvecs.reduce((n, b) => n + b.length, 0);
    text = (
      <>
        <strong>{t('caption.request', { request: r.index, total: sim.requests.length })}</strong>
        {t('caption.shape', {
          kind: r.kind.toUpperCase(),
          size: sizeLabel(bytes),
          sector: r.sector,
          bvecs: t('caption.bvecs', { count: r.bvecs.length }),
          count: r.sg.length,
        })}
        {subject.phase !== 'active' && t(`caption.${subject.phase}`)}
      </>
    );
  } else if (subject.kind === 'einval') {
    text = (
      <>
        <strong>{t('caption.op', { op: subject.op })}</strong>
        {t('caption.einval')}
      </>
    );
  } else text = t('caption.nothing');
  return (
    <p className="pv-caption" aria-live="off">
      {text}
      {divergence !== null && step === divergence && (
        <span className="pv-chip pv-chip-diverge">{t('caption.diverge')}</span>
      )}
    </p>
  );
}
