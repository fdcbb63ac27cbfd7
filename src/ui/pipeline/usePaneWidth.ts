// The pane's content width, followed with a ResizeObserver: the layout fills the pane it gets
// (820 px beside the code pane on a laptop, much more on a projector).
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Width used before the first measurement (and where ResizeObserver is missing). */
const FALLBACK_WIDTH = 820;

/** Rounded inner width of `ref`'s element; re-renders only when the whole-pixel width changes. */
export function usePaneWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
