// Contrast of the theme tokens the UI actually pairs, in both themes, read from the stylesheets
// themselves (so the check cannot drift from the CSS). WCAG 2.2 AA: 4.5:1 for text (1.4.3), 3:1
// for UI components and graphics such as focus rings, control borders and the right/wrong marks
// (1.4.11). Presentation mode promises 7:1 for text (AAA, for projectors).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  GRAPHICS_AA,
  parseHex,
  readColourTokens,
  resolveColour,
  TEXT_AA,
  THEMES,
  type ThemePair,
} from './contrast';

const css = (path: string) => readFileSync(new URL(`../ui/${path}`, import.meta.url), 'utf8');
const page = readColourTokens(css('styles.css'));
const pipeline = readColourTokens(css('pipeline/pipeline.css'));
const hex = readColourTokens(css('hex/hex.css'));
const code = readColourTokens(css('code/code.css'));
const tour = readColourTokens(css('tour/tour.css'));
const presentCss = css('present/presentPalette.css');
const present = readColourTokens(presentCss, '.present-page');
const presentPv = readColourTokens(presentCss, '.present-page .pv');

/** [foreground, background, minimum ratio, why]. */
type Pair = readonly [string, string, number, string];

const PAGE_PAIRS: readonly Pair[] = [
  ['--text', '--bg', TEXT_AA, 'body text'],
  ['--text', '--surface', TEXT_AA, 'text in panels'],
  ['--text', '--code-bg', TEXT_AA, 'inline code'],
  ['--text', '--button', TEXT_AA, 'button labels'],
  ['--muted', '--bg', TEXT_AA, 'secondary text'],
  ['--muted', '--surface', TEXT_AA, 'secondary text in panels'],
  ['--accent', '--bg', TEXT_AA, 'links'],
  ['--accent', '--surface', TEXT_AA, 'links in panels'],
  ['--accent-text', '--accent', TEXT_AA, 'primary button label'],
  ['--bad', '--bad-bg', TEXT_AA, 'nonzero damage'],
  ['--bad', '--surface', TEXT_AA, 'error text'],
  ['--good', '--surface', TEXT_AA, 'status ok'],
  ['--wrong', '--surface', TEXT_AA, 'divergence marker'],
  ['--focus', '--bg', GRAPHICS_AA, 'focus ring on the page'],
  ['--focus', '--surface', GRAPHICS_AA, 'focus ring in panels'],
  ['--control-border', '--surface', GRAPHICS_AA, 'control borders'],
  ['--control-border', '--bg', GRAPHICS_AA, 'control borders on the page'],
];

const PIPELINE_PAIRS: readonly Pair[] = [
  ['--pv-text', '--pv-bg', TEXT_AA, 'labels'],
  ['--pv-muted', '--pv-bg', TEXT_AA, 'row titles'],
  ['--pv-accent', '--pv-bg', TEXT_AA, 'focused lane name'],
  ['--pv-wrong-text', '--pv-bg', TEXT_AA, 'wrong counts'],
  ['--pv-bug', '--pv-bug-bg', TEXT_AA, 'kernel BUG overlay'],
  ['--pv-good', '--pv-bg', TEXT_AA, 'all right'],
  ['--pv-text', '--pv-box', TEXT_AA, 'text in boxes'],
  ['--pv-right', '--pv-bg', GRAPHICS_AA, 'right cells and ribbons'],
  ['--pv-wrong', '--pv-bg', GRAPHICS_AA, 'wrong cells and ribbons'],
  // Glyphs are symbols inside cells that also carry a pattern: graphics, so 3:1.
  ['--pv-right-glyph', '--pv-right', GRAPHICS_AA, '✓ on a right cell'],
  ['--pv-wrong-glyph', '--pv-wrong', GRAPHICS_AA, '✗ on a corrupt cell'],
  ['--pv-misdirected-glyph', '--pv-misdirected', GRAPHICS_AA, '✗ on a misdirected cell'],
  ['--pv-text', '--pv-fill', GRAPHICS_AA, 'W on process-written cells'],
  ['--pv-box-stroke', '--pv-bg', GRAPHICS_AA, 'box outlines'],
  ['--pv-stale-line', '--pv-stale', GRAPHICS_AA, 'stale hatching'],
  ['--pv-uninit-dot', '--pv-uninit', GRAPHICS_AA, 'uninitialised dots'],
];

const HEX_PAIRS: readonly Pair[] = [
  ['--hex-text', '--hex-surface', TEXT_AA, 'bytes'],
  ['--hex-muted', '--hex-surface', TEXT_AA, 'offsets'],
  ['--hex-diff-fg', '--hex-diff-bg', TEXT_AA, 'differing bytes'],
  ['--hex-text', '--hex-select-bg', TEXT_AA, 'selected byte'],
  ['--hex-text', '--hex-fold-bg', TEXT_AA, 'folded rows'],
  ['--hex-muted', '--hex-fold-bg', TEXT_AA, 'folded-rows note'],
  ['--hex-muted', '--hex-select-bg', TEXT_AA, 'offset on the selected row'],
  ['--hex-focus', '--hex-surface', GRAPHICS_AA, 'grid focus'],
];

const CODE_PAIRS: readonly Pair[] = [
  ['--code-pane-text', '--code-pane-bg', TEXT_AA, 'listing'],
  ['--code-pane-muted', '--code-pane-bg', TEXT_AA, 'line numbers'],
  ['--code-pane-comment', '--code-pane-bg', TEXT_AA, 'comments'],
  ['--code-pane-text', '--code-pane-current-bg', TEXT_AA, 'executing line'],
  ['--code-pane-comment', '--code-pane-current-bg', TEXT_AA, 'comment on the executing line'],
  ['--code-pane-text', '--code-pane-also-bg', TEXT_AA, 'lines that decided it'],
  ['--code-pane-current-edge', '--code-pane-bg', GRAPHICS_AA, 'executing line edge'],
];

const TOUR_PAIRS: readonly Pair[] = [
  ['--text', '--tour-bg', TEXT_AA, 'tour note'],
  ['--tour-edge', '--tour-bg', GRAPHICS_AA, 'tour note edge'],
];

const PRESENT_PAIRS: readonly Pair[] = [
  ['--text', '--bg', 7, 'presentation text'],
  ['--muted', '--bg', 7, 'presentation secondary text'],
  ['--accent', '--bg', 7, 'presentation links'],
  ['--bad', '--bg', 7, 'presentation damage'],
  ['--bad', '--bad-bg', 7, 'presentation damage on its tint'],
  ['--good', '--bg', 7, 'presentation ok'],
  ['--focus', '--bg', GRAPHICS_AA, 'presentation focus ring'],
  ['--pv-box-stroke', '--bg', GRAPHICS_AA, 'presentation box outlines'],
];

/** Checks every pair in both themes; returns the failures as readable lines. */
function failures(pairs: readonly Pair[], tables: readonly ReadonlyMap<string, ThemePair>[]) {
  const out: string[] = [];
  for (const theme of THEMES) {
    for (const [fg, bg, min, why] of pairs) {
      const ratio = contrastRatio(
        resolveColour(fg, theme, tables),
        resolveColour(bg, theme, tables),
      );
      if (ratio < min)
        out.push(`${theme}: ${fg} on ${bg} (${why}) is ${ratio.toFixed(2)}:1 < ${min}`);
    }
  }
  return out;
}

describe('contrast maths (WCAG 2.2)', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio(parseHex('#000')!, parseHex('#fff')!)).toBeCloseTo(21, 5);
    expect(contrastRatio(parseHex('#0072b2')!, parseHex('#0072b2')!)).toBe(1);
  });

  it('matches published reference ratios', () => {
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrastRatio(parseHex('#767676')!, parseHex('#ffffff')!)).toBeCloseTo(4.54, 2);
    // Pure red on white: 4.00:1.
    expect(contrastRatio(parseHex('#ff0000')!, parseHex('#ffffff')!)).toBeCloseTo(4.0, 2);
  });

  it('reads light-dark() pairs and plain values', () => {
    const t = readColourTokens(':root { --a: light-dark(#fff, #000); --b: var(--a); }');
    expect(t.get('--a')).toEqual({ light: '#fff', dark: '#000' });
    expect(resolveColour('--b', 'dark', [t])).toEqual({ r: 0, g: 0, b: 0 });
  });
});

describe('theme tokens reach WCAG AA in light and dark', () => {
  it('page palette (styles.css)', () => {
    expect(failures(PAGE_PAIRS, [page])).toEqual([]);
  });
  it('pipeline palette', () => {
    expect(failures(PIPELINE_PAIRS, [pipeline, page])).toEqual([]);
  });
  it('hex view palette', () => {
    expect(failures(HEX_PAIRS, [hex, page])).toEqual([]);
  });
  it('code pane palette', () => {
    expect(failures(CODE_PAIRS, [code, page])).toEqual([]);
  });
  it('tour notes', () => {
    expect(failures(TOUR_PAIRS, [tour, page])).toEqual([]);
  });
  it('presentation mode reaches 7:1 for text', () => {
    expect(failures(PRESENT_PAIRS, [presentPv, present, pipeline, page])).toEqual([]);
  });
  it('keeps right and wrong apart from each other, not only from the background', () => {
    // Okabe-Ito blue vs vermillion: their luminances differ too, so greyscale still splits them.
    for (const theme of THEMES) {
      const right = resolveColour('--pv-right', theme, [pipeline]);
      const wrong = resolveColour('--pv-wrong', theme, [pipeline]);
      expect(contrastRatio(right, wrong)).toBeGreaterThan(1.1);
    }
  });
});
