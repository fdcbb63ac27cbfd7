// Which computed CSS properties a standalone SVG needs inline. The pipeline is styled by classes
// and custom properties in pipeline.css, which a downloaded file does not carry, so every drawn
// element gets the resolved values as a style attribute. To keep files small, an inherited
// property is written only where it differs from the parent's value, and a non-inherited one only
// where it differs from its initial value. Pure: the DOM walk is in svgSnapshot.ts.

/** SVG presentation properties that inherit (CSS Fill and Stroke, SVG 2, CSS Fonts). */
export const INHERITED_PROPERTIES: readonly string[] = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'shape-rendering',
];

/** Non-inherited properties the pipeline sets, with their initial values. */
export const OWN_PROPERTIES: Readonly<Record<string, string>> = {
  opacity: '1',
  'vector-effect': 'none',
};

/** Reads one computed property (getComputedStyle(el).getPropertyValue, or a test double). */
export type StyleReader = (property: string) => string;

/**
 * A paint or clip reference as a same-document fragment: Chromium may report `url("#id")` or
 * `url("http://host/page#id")`, and a downloaded file must point at its own `#id`.
 */
export function localUrlRefs(value: string): string {
  return value.replace(/url\(\s*(['"]?)[^)'"#]*(#[^)'"]+)\1\s*\)/g, 'url($2)');
}

/**
 * The style attribute text for an element: `own` reads its computed style, `parent` its parent's
 * (null for the root, which gets every inherited property so the file stands alone).
 */
export function inlineStyleText(own: StyleReader, parent: StyleReader | null): string {
  const decls: string[] = [];
  for (const p of INHERITED_PROPERTIES) {
    const v = own(p);
    if (v === '' || (parent && parent(p) === v)) continue;
    decls.push(`${p}:${localUrlRefs(v)}`);
  }
  for (const [p, initial] of Object.entries(OWN_PROPERTIES)) {
    const v = own(p);
    if (v !== '' && v !== initial) decls.push(`${p}:${v}`);
  }
  return decls.join(';');
}

/** Whether a colour is fully transparent (then the picture gets a white background instead). */
export function isTransparent(color: string): boolean {
  const c = color.replace(/\s+/g, '').toLowerCase();
  return c === '' || c === 'transparent' || /^rgba\(\d+,\d+,\d+,0(\.0*)?\)$/.test(c);
}
