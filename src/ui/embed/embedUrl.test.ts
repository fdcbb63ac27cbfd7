import { describe, expect, it } from 'vitest';
import { embedCode, withEmbedFlag, withoutEmbedFlag } from './embedUrl';

const BASE = 'https://example.org/explorer/';

describe('withoutEmbedFlag', () => {
  it('removes embed=1 from the query', () => {
    expect(withoutEmbedFlag(`${BASE}?embed=1`)).toBe(BASE);
    expect(withoutEmbedFlag(`${BASE}?a=1&embed=1&b=2`)).toBe(`${BASE}?a=1&b=2`);
    expect(withoutEmbedFlag(`${BASE}?embed=1&a=1`)).toBe(`${BASE}?a=1`);
  });

  it('removes embed from the hash parameters and keeps the rest byte for byte', () => {
    expect(withoutEmbedFlag(`${BASE}#v=1&s=ab+c%2F/d&embed=1`)).toBe(`${BASE}#v=1&s=ab+c%2F/d`);
    expect(withoutEmbedFlag(`${BASE}#embed=1`)).toBe(BASE);
    expect(withoutEmbedFlag(`${BASE}?embed=1#v=1&embed=1`)).toBe(`${BASE}#v=1`);
  });

  it('leaves a URL without the flag unchanged, including look-alike parameters', () => {
    for (const href of [BASE, `${BASE}?embedded=1#x`, `${BASE}#v=1&s=embed=1x`, `${BASE}#abc`])
      expect(withoutEmbedFlag(href)).toBe(href);
  });

  it('removes any value of the flag (embed=0, bare embed)', () => {
    expect(withoutEmbedFlag(`${BASE}?embed&x=1`)).toBe(`${BASE}?x=1`);
    expect(withoutEmbedFlag(`${BASE}?embed=0`)).toBe(BASE);
  });
});

describe('withEmbedFlag', () => {
  it('adds embed=1 to the query, before the hash', () => {
    expect(withEmbedFlag(BASE)).toBe(`${BASE}?embed=1`);
    expect(withEmbedFlag(`${BASE}?a=1#v=1&s=x+y`)).toBe(`${BASE}?a=1&embed=1#v=1&s=x+y`);
  });

  it('never doubles the flag', () => {
    expect(withEmbedFlag(`${BASE}?embed=1`)).toBe(`${BASE}?embed=1`);
    expect(withEmbedFlag(`${BASE}#v=1&embed=1`)).toBe(`${BASE}?embed=1#v=1`);
  });

  it('round-trips with withoutEmbedFlag', () => {
    const href = `${BASE}?a=1#v=1&s=%7B%22x%22%7D`;
    expect(withoutEmbedFlag(withEmbedFlag(href))).toBe(href);
  });
});

describe('embedCode', () => {
  it('is an iframe of the embed URL, titled after the scenario, lazy and borderless', () => {
    expect(embedCode(`${BASE}?embed=1`, 'parted print on a fresh GPT label')).toBe(
      `<iframe src="${BASE}?embed=1" width="960" height="640" ` +
        'title="Scatterlist Explorer: parted print on a fresh GPT label" loading="lazy" ' +
        'style="border:0"></iframe>',
    );
  });

  it('escapes quotes, angle brackets and ampersands in attributes', () => {
    const code = embedCode(`${BASE}?a=1&embed=1`, 'A "quoted" <title> & more');
    expect(code).toContain(`src="${BASE}?a=1&amp;embed=1"`);
    expect(code).toContain(
      'title="Scatterlist Explorer: A &quot;quoted&quot; &lt;title&gt; &amp; more"',
    );
  });
});
