// `lang=`: the interface language in a link. Optional (links older than it stay valid and open in
// the reader's own language), English is the default and is left out, and a bad value is an issue
// naming the parameter while the rest of the link still applies.
import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../explorerStore';
import { applyLink } from './applyLink';
import { linkStateOf } from './fromStore';
import { decodeLink, encodeLink } from './linkCodec';
import { startStateFrom } from './startState';

describe('lang= in links', () => {
  it('is written for Simplified Chinese and left out for English, the default', () => {
    expect(encodeLink({ presetId: 'raid-stripe', focus: 'd62f69185', lang: 'zh-Hans' })).toBe(
      'v=1&p=raid-stripe&focus=d62f69185&lang=zh-Hans',
    );
    expect(encodeLink({ presetId: 'raid-stripe', lang: 'en' })).toBe('v=1&p=raid-stripe');
  });

  it('is read back, in any position', () => {
    expect(decodeLink('#lang=zh-Hans&v=1&p=parted-gpt&step=3')).toMatchObject({
      ok: true,
      value: { presetId: 'parted-gpt', step: 3, lang: 'zh-Hans' },
    });
    expect(decodeLink('#v=1&p=parted-gpt&lang=en')).toMatchObject({
      ok: true,
      value: { lang: 'en' },
    });
  });

  it('is optional: a link written before it existed decodes with no language', () => {
    const decoded = decodeLink('#v=1&p=d62-commit-example&step=7&focus=b7649158');
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && 'lang' in decoded.value).toBe(false);
  });

  it('names the parameter and the rule for an unknown value, and keeps the rest', () => {
    for (const bad of ['zh', 'zh-CN', 'fr', 'ZH-HANS', '']) {
      const decoded = decodeLink(`#v=1&p=raid-stripe&step=4&lang=${bad}`);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) continue;
      expect(decoded.error.issues).toEqual([
        {
          path: 'lang',
          message: 'must be one of en, zh-Hans',
          rule: { id: 'link.oneOf', params: { values: 'en, zh-Hans' } },
        },
      ]);
      expect(decoded.error.partial).toMatchObject({ presetId: 'raid-stripe', step: 4 });
      expect('lang' in decoded.error.partial).toBe(false);
    }
  });

  it('is a view choice: a link whose scenario is unreadable still sets the language', () => {
    const { state, issues } = startStateFrom('#v=1&s=garbage!&lang=zh-Hans', null);
    expect(state.lang).toBe('zh-Hans');
    expect(issues.map((i) => i.path)).toEqual(['s']);
  });

  it("comes from the store's language, so Copy link carries it", () => {
    const store = createExplorerStore({ language: 'zh-Hans' });
    const link = encodeLink(linkStateOf(store.getState(), { step: false, speed: false }));
    expect(link).toBe('v=1&p=parted-gpt&lang=zh-Hans');
  });

  it('switches the language of a running explorer when a link with lang= is pasted', () => {
    const store = createExplorerStore();
    expect(store.getState().language).toBe('en');
    expect(applyLink(store, 'v=1&p=raid-stripe&lang=zh-Hans')).toBe(true);
    expect(store.getState().language).toBe('zh-Hans');
    // A link without lang= leaves the reader's language alone.
    expect(applyLink(store, 'v=1&p=parted-gpt')).toBe(true);
    expect(store.getState().language).toBe('zh-Hans');
    // A bad lang= is reported and changes nothing.
    expect(applyLink(store, 'v=1&p=parted-gpt&lang=klingon')).toBe(false);
    expect(store.getState().language).toBe('zh-Hans');
    expect(store.getState().loadIssues).toEqual([
      {
        path: 'lang',
        message: 'must be one of en, zh-Hans',
        rule: { id: 'link.oneOf', params: { values: 'en, zh-Hans' } },
      },
    ]);
  });
});
