// WCAG 2.x contrast between colour tokens, and a reader for the tokens themselves: the
// stylesheets declare each colour once as `--name: light-dark(<light>, <dark>)`, so one parser
// gives both themes' values and a test can check every pair the UI draws on each other.
// Formulas: WCAG 2.2, "relative luminance" and "contrast ratio" definitions (sRGB, 0.04045 knee).

/** An opaque sRGB colour, channels 0-255. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** A colour token's value in each theme (CSS text, e.g. "#1c1e21"). */
export interface ThemePair {
  readonly light: string;
  readonly dark: string;
}

/** Theme names, in the order of light-dark()'s arguments. */
export const THEMES = ['light', 'dark'] as const;
/** One of THEMES. */
export type Theme = (typeof THEMES)[number];

/** WCAG AA minimum for normal text. */
export const TEXT_AA = 4.5;
/** WCAG AA minimum for large text and for UI components and graphics (1.4.11). */
export const GRAPHICS_AA = 3;

/** Parses #rgb or #rrggbb; null for anything else (named colours, rgba, var()). */
export function parseHex(text: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return null;
  const hex = m[1]!;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return {
    r: parseInt(full.slice(0, 2), 16),
    g: parseInt(full.slice(2, 4), 16),
    b: parseInt(full.slice(4, 6), 16),
  };
}

/** Relative luminance (0 = black, 1 = white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of two colours, 1 to 21, order-independent. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Every `--name: value;` declaration in a stylesheet, as a pair per theme: light-dark(a, b)
 * gives a and b, any other value is the same in both. A name declared twice keeps the first
 * (later declarations are scoped overrides, read with a narrower `scope`).
 */
export function readColourTokens(css: string, scope?: string): Map<string, ThemePair> {
  let text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (scope !== undefined) {
    const start = text.indexOf(`${scope} {`);
    if (start < 0) return new Map();
    text = text.slice(start, text.indexOf('}', start));
  }
  const tokens = new Map<string, ThemePair>();
  for (const m of text.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    const name = m[1]!;
    if (tokens.has(name)) continue;
    tokens.set(name, splitLightDark(m[2]!.trim()));
  }
  return tokens;
}

/** light-dark(a, b) split at its top-level comma; other values are the same in both themes. */
function splitLightDark(value: string): ThemePair {
  const m = /^light-dark\((.*)\)$/s.exec(value);
  if (!m) return { light: value, dark: value };
  const inner = m[1]!;
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      return { light: inner.slice(0, i).trim(), dark: inner.slice(i + 1).trim() };
    }
  }
  throw new Error(`light-dark() needs two arguments: ${value}`);
}

/**
 * The colour a token has in a theme, following var(--other[, fallback]) through the given
 * token tables (first table that defines the name wins). Throws when it ends in something that
 * is not a hex colour, so a test names the token it cannot check.
 */
export function resolveColour(
  name: string,
  theme: Theme,
  tables: readonly ReadonlyMap<string, ThemePair>[],
): Rgb {
  let value = `var(${name})`;
  for (let hops = 0; hops < 10; hops++) {
    const ref = /^var\((--[\w-]+)(?:\s*,\s*(.+))?\)$/.exec(value);
    if (!ref) break;
    const pair = tables.map((t) => t.get(ref[1]!)).find((p) => p !== undefined);
    if (pair) value = pair[theme];
    else if (ref[2] !== undefined) value = ref[2];
    else throw new Error(`${name}: ${ref[1]} is not defined`);
  }
  const rgb = parseHex(value);
  if (!rgb) throw new Error(`${name} (${theme}) is not a hex colour: ${value}`);
  return rgb;
}
