// Buttons for what the wheel and drag do, so the pipeline zooms and pans from a keyboard too.

import { useTranslation } from 'react-i18next';

/** Props of ZoomControls. */
export interface ZoomControlsProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFitAll: () => void;
  readonly onReset: () => void;
  /** Percent shown between the buttons. */
  readonly scale: number;
}

/** Zoom in / out, fit all, reset. */
export function ZoomControls({ onZoomIn, onZoomOut, onFitAll, onReset, scale }: ZoomControlsProps) {
  const { t } = useTranslation('pipeline');
  return (
    <div className="pv-zoom" role="group" aria-label={t('zoom.group')}>
      <button type="button" onClick={onZoomOut} aria-label={t('zoom.out')} title={t('zoom.out')}>
        −
      </button>
      <output className="pv-zoom-level" aria-live="off">
        {Math.round(scale * 100)}%
      </output>
      <button type="button" onClick={onZoomIn} aria-label={t('zoom.in')} title={t('zoom.in')}>
        +
      </button>
      <button type="button" onClick={onFitAll} title={t('zoom.fitTitle')}>
        {t('zoom.fit')}
      </button>
      <button type="button" onClick={onReset} title={t('zoom.resetTitle')}>
        {t('zoom.reset')}
      </button>
    </div>
  );
}
