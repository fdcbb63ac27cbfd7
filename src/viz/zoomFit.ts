// Where the zoomable pipeline starts and how it follows the action, as plain transforms
// {k, x, y} (screen = content * k + (x, y)), so it is testable without d3-zoom or a DOM.
import { clamp, type Span } from './geometry';
import { FONT } from './geometry';

/** A zoom transform: scale k, then translate (x, y). */
export interface ViewTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** The identity transform. */
export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

/**
 * Smallest scale the view starts at: text is never drawn below 11 px at zoom 1, and the smallest
 * label is FONT.small, so starting lower would make text illegible. The user may zoom out further.
 */
export const MIN_START_SCALE = 11 / FONT.small;

/** Pane width (px) drawn at zoom 1; wider panes magnify the drawing. */
export const BASE_PANE_PX = 1000;
/** Largest magnification for wide panes: a 1920 px projector gets ~15 px text, not 11 px. */
export const MAX_BASE_SCALE = 1.35;

/**
 * Magnification for a pane `viewW` px wide. The layout is computed for viewW / base and drawn
 * at zoom `base`, so on a projector text and cells grow with the screen instead of cells only.
 */
export const baseScale = (viewW: number): number => clamp(viewW / BASE_PANE_PX, 1, MAX_BASE_SCALE);

/** `t` magnified by `s` (content px -> screen px). */
export const magnify = (t: ViewTransform, s: number): ViewTransform => ({
  k: t.k * s,
  x: t.x * s,
  y: t.y * s,
});

/** Smallest and largest scale the user can zoom to: out to see everything, in to 4x. */
export function scaleExtent(contentW: number, viewW: number, base = 1): [number, number] {
  return [Math.min(base, viewW / Math.max(1, contentW)), 4 * base];
}

/** Horizontal translation that puts `span` (content px) in view at scale k, centred if it must move. */
function panTo(span: Span, k: number, viewW: number, contentW: number): number {
  const centre = ((span.x0 + span.x1) / 2) * k;
  const x = viewW / 2 - centre;
  return clamp(x, Math.min(0, viewW - contentW * k), 0);
}

/**
 * The starting transform: fit the content to the pane's width when that keeps text legible;
 * otherwise the legible scale, panned so the active span (current segment) is visible.
 */
export function startTransform(
  contentW: number,
  viewW: number,
  active: Span | null,
): ViewTransform {
  if (contentW <= viewW) return IDENTITY;
  const k = Math.max(viewW / contentW, MIN_START_SCALE);
  if (k * contentW <= viewW + 0.5) return { k, x: 0, y: 0 };
  return { k, x: active ? panTo(active, k, viewW, contentW) : 0, y: 0 };
}

/** The transform after panning just enough to show `span`, or `t` itself when already visible. */
export function followTransform(
  t: ViewTransform,
  span: Span,
  viewW: number,
  contentW: number,
): ViewTransform {
  const left = span.x0 * t.k + t.x;
  const right = span.x1 * t.k + t.x;
  const margin = 24;
  if (left >= margin && right <= viewW - margin) return t;
  if (right - left > viewW && left <= margin && right >= viewW - margin) return t;
  return { ...t, x: panTo(span, t.k, viewW, contentW) };
}

/** Granularity of the drawn window, px: small pans do not change it (and re-render nothing). */
export const WINDOW_QUANTUM_PX = 512;

/**
 * The part of the content worth drawing under transform `t`: what is visible plus one
 * viewport-width on each side, snapped outwards to WINDOW_QUANTUM_PX. A 256-segment request is
 * 35 000 px wide; drawing only this window keeps each frame's paint to a few columns.
 */
export function drawnWindow(t: ViewTransform, viewW: number, contentW: number): Span {
  const left = -t.x / t.k;
  const right = (viewW - t.x) / t.k;
  const margin = right - left;
  const q = WINDOW_QUANTUM_PX;
  return {
    x0: Math.max(0, Math.floor((left - margin) / q) * q),
    x1: Math.min(Math.ceil(contentW / q) * q, Math.ceil((right + margin) / q) * q),
  };
}

/** Whether [x0, x1] intersects the drawn window. */
export const inWindow = (w: Span, x0: number, x1: number): boolean => x1 >= w.x0 && x0 <= w.x1;
