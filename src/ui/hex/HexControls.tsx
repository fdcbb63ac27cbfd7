// Moving through a big dump: a window picker by byte range, previous/next window, and jumps to
// the previous/next run of differing rows (a 1 MiB request is 65536 rows; nobody scrolls that).
import { useTranslation } from 'react-i18next';
import { useId, useMemo } from 'react';
import type { DumpLine } from '../../viz/hexdump';
import { windowCount, windowLabel } from './hexWindow';

/** Props of HexControls. */
export interface HexControlsProps {
  /** All lines of the dump (the windows are cut from these). */
  readonly lines: readonly DumpLine[];
  /** The window shown. */
  readonly window: number;
  onWindow(w: number): void;
  /** Called to jump to the previous/next difference; absent when there is none that way. */
  readonly onPreviousDifference: (() => void) | null;
  readonly onNextDifference: (() => void) | null;
}

/** The row-range picker and the navigation buttons above the dumps. */
export function HexControls({
  lines,
  window: w,
  onWindow,
  onPreviousDifference,
  onNextDifference,
}: HexControlsProps) {
  const { t } = useTranslation('hex');
  const selectId = useId();
  const count = windowCount(lines);
  // Labels only change when the folding does; a 1 MiB pattern read has 2048 windows.
  const labels = useMemo(
    () => Array.from({ length: windowCount(lines) }, (_, i) => windowLabel(lines, i)),
    [lines],
  );
  return (
    <div className="hex-controls" role="group" aria-label={t('controls.group')}>
      <label htmlFor={selectId}>{t('controls.rows')}</label>
      <select id={selectId} value={w} onChange={(e) => onWindow(Number(e.target.value))}>
        {labels.map((label, i) => (
          <option key={i} value={i}>
            {label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onWindow(w - 1)} disabled={w === 0}>
        {t('controls.previousRows')}
      </button>
      <button type="button" onClick={() => onWindow(w + 1)} disabled={w >= count - 1}>
        {t('controls.nextRows')}
      </button>
      <button
        type="button"
        onClick={onPreviousDifference ?? undefined}
        disabled={!onPreviousDifference}
      >
        {t('controls.previousDifference')}
      </button>
      <button type="button" onClick={onNextDifference ?? undefined} disabled={!onNextDifference}>
        {t('controls.nextDifference')}
      </button>
    </div>
  );
}
