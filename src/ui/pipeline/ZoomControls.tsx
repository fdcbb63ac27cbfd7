// Buttons for what the wheel and drag do, so the pipeline zooms and pans from a keyboard too.

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
  return (
    <div className="pv-zoom" role="group" aria-label="Pipeline zoom">
      <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <output className="pv-zoom-level" aria-live="off">
        {Math.round(scale * 100)}%
      </output>
      <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={onFitAll} title="Show the whole request">
        Fit all
      </button>
      <button type="button" onClick={onReset} title="Back to the starting view (or double-click)">
        Reset zoom
      </button>
    </div>
  );
}
