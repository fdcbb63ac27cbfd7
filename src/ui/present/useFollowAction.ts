// Keeps the step's action in view inside a scrolling pipeline stage (presentation and embed
// views). On a 1280 × 720 projector or in a 640 px iframe the pipeline is taller than its stage,
// and a presenter driving with a clicker cannot scroll. The pipeline marks what the step acts on
// (.pv-active) and the focused version's copy ribbon and lane (.pv-focused); if those class names
// change, this only stops scrolling.
import { useEffect, type RefObject } from 'react';
import { useExplorer } from '../../state/StoreContext';
import { usePrefersReducedMotion } from '../hooks/usePrefersReducedMotion';

/** Room left above and below the action when scrolling to it, px. */
const MARGIN_PX = 8;

/** The vertical extent (client px) of the step's action in `root`, or null when nothing acts. */
function actionExtent(root: HTMLElement): { top: number; bottom: number } | null {
  // A completion copy: its ribbon and the focused lane it lands in matter more than the bio_vec
  // marked far above, which a tall pipeline cannot show at the same time.
  const ribbon = root.querySelector('.pv-ribbon.pv-focused');
  const lane = root.querySelector('.pv-lane.pv-focused');
  const parts = ribbon && lane ? [ribbon, lane] : [...root.querySelectorAll('.pv-active')];
  const rects = parts.map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0);
  if (rects.length === 0) return null;
  return {
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/** Scrolls `stageRef` vertically, as little as needed, to show the current step's action. */
export function useFollowAction(stageRef: RefObject<HTMLElement | null>): void {
  const step = useExplorer((s) => s.step);
  const focus = useExplorer((s) => s.focus);
  const reducedMotion = usePrefersReducedMotion();
  useEffect(() => {
    // After the pipeline has drawn this step.
    const frame = requestAnimationFrame(() => {
      const stage = stageRef.current;
      const action = stage && actionExtent(stage);
      if (!stage || !action) return;
      const view = stage.getBoundingClientRect();
      if (action.top >= view.top && action.bottom <= view.bottom) return;
      // Too tall to show whole: show its end, where the data lands.
      const fits = action.bottom - action.top <= view.height - 2 * MARGIN_PX;
      const delta =
        !fits || action.bottom > view.bottom
          ? action.bottom - view.bottom + MARGIN_PX
          : action.top - view.top - MARGIN_PX;
      stage.scrollBy({ top: delta, behavior: reducedMotion ? 'auto' : 'smooth' });
    });
    return () => cancelAnimationFrame(frame);
  }, [stageRef, step, focus, reducedMotion]);
}
