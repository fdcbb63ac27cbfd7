import { describe, expect, it } from 'vitest';
import { inlineStyleText, isTransparent, localUrlRefs } from './svgStyles';

/** A computed style as a reader: listed properties, '' for anything else. */
const styleOf =
  (props: Record<string, string>) =>
  (p: string): string =>
    props[p] ?? '';

describe('localUrlRefs', () => {
  it('turns absolute or quoted references into the file’s own fragment', () => {
    expect(localUrlRefs('url("#pv1-stale")')).toBe('url(#pv1-stale)');
    expect(localUrlRefs('url("http://127.0.0.1:4173/#v=1&p=x")')).toBe('url(#v=1&p=x)');
    expect(localUrlRefs("url('http://host/page#pv-wrong') none")).toBe('url(#pv-wrong) none');
    expect(localUrlRefs('rgb(0, 114, 178)')).toBe('rgb(0, 114, 178)');
  });
});

describe('inlineStyleText', () => {
  it('writes every inherited property on the root, so the file stands alone', () => {
    const text = inlineStyleText(styleOf({ fill: 'rgb(0, 0, 0)', 'font-size': '11px' }), null);
    expect(text).toBe('fill:rgb(0, 0, 0);font-size:11px');
  });

  it('writes inherited properties only where they differ from the parent', () => {
    const parent = styleOf({ fill: 'rgb(0, 0, 0)', 'font-size': '11px', stroke: 'none' });
    const own = styleOf({ fill: 'url("#p-stale")', 'font-size': '11px', stroke: 'none' });
    expect(inlineStyleText(own, parent)).toBe('fill:url(#p-stale)');
  });

  it('writes non-inherited properties only where they differ from their initial value', () => {
    const parent = styleOf({ opacity: '0.5' });
    expect(inlineStyleText(styleOf({ opacity: '1' }), parent)).toBe('');
    expect(inlineStyleText(styleOf({ opacity: '0.45' }), parent)).toBe('opacity:0.45');
  });
});

describe('isTransparent', () => {
  it('recognises the ways a computed background says "none"', () => {
    expect(isTransparent('rgba(0, 0, 0, 0)')).toBe(true);
    expect(isTransparent('transparent')).toBe(true);
    expect(isTransparent('')).toBe(true);
    expect(isTransparent('rgb(255, 255, 255)')).toBe(false);
    expect(isTransparent('rgba(31, 34, 40, 0.5)')).toBe(false);
  });
});
