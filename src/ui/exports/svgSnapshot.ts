// The pipeline picture as a standalone SVG file: a deep copy of the drawing as it is on screen
// (same step, zoom and pan), every element's computed style inlined (svgStyles.ts), class names
// and interaction attributes dropped, on an opaque background with a title band saying which
// scenario, step and focused version it shows. Fonts stay the page's font stacks: the app ships
// no web fonts, and generic fallbacks (monospace, sans-serif) end each stack.
import { inlineStyleText, isTransparent } from './svgStyles';
import type { PictureTitle } from './exportNames';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Font size of the title band's heading and its other lines, px. */
export const TITLE_FONT_PX = { heading: 15, line: 12 } as const;
/** Approximate width of one character of the title band's text, px (for wrapping). */
export const TITLE_CHAR_PX = 6.6;
const LINE_GAP_PX = 5;
const PADDING_PX = 12;

/** Attributes that only matter to the live page (focus, pointer, React bookkeeping). */
const LIVE_ONLY_ATTRIBUTES = ['class', 'tabindex', 'data-animating', 'focusable'];

/** Height of a title band with `lines` lines under the heading, px. */
export const titleBandHeight = (lines: number): number =>
  PADDING_PX * 2 + TITLE_FONT_PX.heading + lines * (TITLE_FONT_PX.line + LINE_GAP_PX);

/** Copies computed styles of `live` and its descendants onto the same nodes of `copy`. */
function inlineStyles(live: Element, copy: Element): void {
  const from = [live, ...live.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let s = styles.get(el);
    if (!s) {
      s = getComputedStyle(el);
      styles.set(el, s);
    }
    return s;
  };
  const hidden: Element[] = [];
  from.forEach((el, i) => {
    const target = to[i]!;
    const own = styleOf(el);
    if (own.display === 'none') {
      hidden.push(target);
      return;
    }
    const parent = el === live || !el.parentElement ? null : styleOf(el.parentElement);
    const text = inlineStyleText(
      (p) => own.getPropertyValue(p),
      parent ? (p) => parent.getPropertyValue(p) : null,
    );
    if (text === '') target.removeAttribute('style');
    else target.setAttribute('style', text);
    for (const a of LIVE_ONLY_ATTRIBUTES) target.removeAttribute(a);
  });
  for (const el of hidden) el.remove();
}

/** An SVG element with attributes. */
function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** The colours the picture uses for its background and title text. */
export interface PictureColours {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
}

/** Background and text colours from the drawing's pane (the theme), white when it has none. */
export function pictureColours(live: SVGSVGElement): PictureColours {
  const pane = live.parentElement ?? live;
  const bg = getComputedStyle(pane).backgroundColor;
  const transparent = isTransparent(bg);
  const style = getComputedStyle(live);
  return {
    background: transparent ? '#ffffff' : bg,
    text: transparent ? '#1c1e21' : style.color,
    muted: transparent ? '#55595f' : style.getPropertyValue('--pv-muted').trim() || style.color,
  };
}

/** The drawing `live` as a standalone SVG document with a title band; returns the file text. */
export function snapshotSvg(live: SVGSVGElement, title: PictureTitle): string {
  const width = Math.round(live.width.baseVal.value || live.getBoundingClientRect().width);
  const height = Math.round(live.height.baseVal.value || live.getBoundingClientRect().height);
  const band = titleBandHeight(title.lines.length);
  const colours = pictureColours(live);

  const copy = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, copy);
  // The drawing's own parts move below the title band, clipped to their original viewport.
  const content = svgEl('g', { transform: `translate(0,${band})` });
  while (copy.firstChild) content.appendChild(copy.firstChild);
  const clipId = 'export-drawing-clip';
  const clip = svgEl('clipPath', { id: clipId });
  clip.appendChild(svgEl('rect', { x: 0, y: band, width, height }));
  const clipped = svgEl('g', { 'clip-path': `url(#${clipId})` });
  clipped.appendChild(content);

  const total = band + height;
  for (const [k, v] of Object.entries({
    width,
    height: total,
    viewBox: `0 0 ${width} ${total}`,
  }))
    copy.setAttribute(k, String(v));
  copy.removeAttribute('role');
  copy.setAttribute('role', 'img');
  copy.setAttribute('aria-label', [title.heading, ...title.lines].join('. '));

  const defs = svgEl('defs', {});
  defs.appendChild(clip);
  copy.appendChild(defs);
  copy.appendChild(svgEl('rect', { width, height: total, fill: colours.background }));
  const heading = svgEl('text', {
    x: PADDING_PX,
    y: PADDING_PX + TITLE_FONT_PX.heading,
    fill: colours.text,
    style: `font-family:${getComputedStyle(document.body).fontFamily};font-size:${TITLE_FONT_PX.heading}px;font-weight:700`,
  });
  heading.textContent = title.heading;
  copy.appendChild(heading);
  title.lines.forEach((line, i) => {
    const t = svgEl('text', {
      x: PADDING_PX,
      y: PADDING_PX + TITLE_FONT_PX.heading + (i + 1) * (TITLE_FONT_PX.line + LINE_GAP_PX),
      fill: i === 0 ? colours.text : colours.muted,
      style: `font-family:${getComputedStyle(document.body).fontFamily};font-size:${TITLE_FONT_PX.line}px`,
    });
    t.textContent = line;
    copy.appendChild(t);
  });
  copy.appendChild(
    svgEl('line', {
      x1: 0,
      x2: width,
      y1: band - 0.5,
      y2: band - 0.5,
      stroke: colours.muted,
      'stroke-opacity': 0.4,
    }),
  );
  copy.appendChild(clipped);
  const xml = new XMLSerializer().serializeToString(copy);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}
