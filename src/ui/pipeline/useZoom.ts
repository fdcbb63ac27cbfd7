// d3-zoom on the pipeline's <svg>: the one imperative D3 behaviour in the view. Created once in
// an effect on the ref and destroyed in its cleanup; a second effect keeps its extents current.
// React renders the transform it reports. Plain wheel scrolls the page (the pipeline sits in a
// long page); ctrl/⌘ + wheel and trackpad pinch zoom, horizontal wheel pans, drag pans,
// double-click resets.
import { type D3ZoomEvent, zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { select } from 'd3-selection';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ViewTransform } from '../../viz/zoomFit';

/** Zoom limits and the transform "Reset zoom" returns to. */
export interface ZoomOptions {
  readonly minScale: number;
  readonly maxScale: number;
  /** Content size in px at zoom 1 (panning stops at its edges). */
  readonly contentWidth: number;
  readonly contentHeight: number;
  /** Size of the <svg> in px (passed in: reading it from the DOM would force a layout). */
  readonly viewWidth: number;
  readonly viewHeight: number;
  readonly home: ViewTransform;
}

/** The current transform and imperative moves. */
export interface ZoomControls {
  readonly transform: ViewTransform;
  /** The transform right now (read from the element, not from the last render). */
  getTransform(): ViewTransform;
  /** Moves to `t` (instantly; the caller decides when). */
  zoomTo(t: ViewTransform): void;
  /** Multiplies the scale by `factor` around the viewport centre. */
  zoomBy(factor: number): void;
  resetZoom(): void;
}

const toTransform = (t: ViewTransform) => zoomIdentity.translate(t.x, t.y).scale(t.k);

/** Attaches d3-zoom to `ref` (see file comment). */
export function useZoom(ref: RefObject<SVGSVGElement | null>, options: ZoomOptions): ZoomControls {
  const [transform, setTransform] = useState<ViewTransform>(options.home);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const home = useRef(options.home);

  // Effect 1: create the behaviour once per element, remove every listener on cleanup.
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const selection = select(svg);
    const z = zoom<SVGSVGElement, unknown>()
      .filter((event: Event) =>
        event.type === 'wheel'
          ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
          : !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button,
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        setTransform({ k, x, y });
      });
    selection.call(z).on('dblclick.zoom', null);
    selection.on('dblclick.reset', () => z.transform(selection, toTransform(home.current)));
    // Horizontal wheel (trackpad swipe, shift + wheel) pans; vertical wheel is the page's.
    selection.on(
      'wheel.pan',
      (event: WheelEvent) => {
        if (event.ctrlKey || event.metaKey) return;
        if (!event.shiftKey && Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
        const dx = event.shiftKey ? event.deltaY || event.deltaX : event.deltaX;
        event.preventDefault();
        z.translateBy(selection, -dx / zoomTransform(svg).k, 0);
      },
      { passive: false },
    );
    behaviour.current = z;
    return () => {
      selection.on('.zoom', null).on('.reset', null).on('.pan', null);
      behaviour.current = null;
    };
  }, [ref]);

  // Effect 2: keep limits current as the layout and pane change.
  const { minScale, maxScale, contentWidth, contentHeight, viewWidth, viewHeight } = options;
  useEffect(() => {
    behaviour.current
      ?.scaleExtent([minScale, maxScale])
      .extent([
        [0, 0],
        [viewWidth, viewHeight],
      ])
      .translateExtent([
        [0, 0],
        [contentWidth, contentHeight],
      ]);
  }, [minScale, maxScale, contentWidth, contentHeight, viewWidth, viewHeight]);
  useEffect(() => {
    home.current = options.home;
  }, [options.home]);

  const zoomTo = useCallback(
    (t: ViewTransform) => {
      const svg = ref.current;
      if (svg && behaviour.current) behaviour.current.transform(select(svg), toTransform(t));
    },
    [ref],
  );
  const zoomBy = useCallback(
    (factor: number) => {
      const svg = ref.current;
      if (svg && behaviour.current) behaviour.current.scaleBy(select(svg), factor);
    },
    [ref],
  );
  const resetZoom = useCallback(() => zoomTo(home.current), [zoomTo]);
  const getTransform = useCallback((): ViewTransform => {
    const svg = ref.current;
    if (!svg) return home.current;
    const { k, x, y } = zoomTransform(svg);
    return { k, x, y };
  }, [ref]);
  return { transform, getTransform, zoomTo, zoomBy, resetZoom };
}
