// The translations are complete and consistent: every key of English exists in every other
// language and nothing extra does, each message uses the same {{placeholders}} and <tags> as its
// English original, and every key the UI asks for exists in English.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../model';
import { ZH_HANS_RESOURCES } from './locales/zh-Hans';
import { EN_RESOURCES, NAMESPACES, type MessageTable, type Namespace } from './resources';
import { TRANSLATED_FILES } from './translatedFiles';

/** Every leaf of a table as "a.b.c" → text, with i18next's plural suffixes folded into the key. */
function leaves(table: MessageTable, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Plural forms differ by language (English has _one and _other, Chinese only _other). */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

/** The {{placeholders}} and <tags> of a message, sorted. */
const slots = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}|<\/?(\w+)\s*\/?>/g)]
    .map((m) => m[1] ?? `<${m[2]}>`)
    .sort();

describe('Simplified Chinese resources', () => {
  for (const ns of NAMESPACES) {
    const en = leaves(EN_RESOURCES[ns]);
    const zh = leaves(ZH_HANS_RESOURCES[ns]);
    const enBase = new Set([...en.keys()].map(baseKey));
    const zhBase = new Set([...zh.keys()].map(baseKey));

    it(`${ns}: has exactly the keys English has`, () => {
      // Presets may lack a Chinese description only if the English file has none either.
      expect(
        [...enBase].filter((k) => !zhBase.has(k)),
        'missing in zh-Hans',
      ).toEqual([]);
      expect(
        [...zhBase].filter((k) => !enBase.has(k)),
        'not in English',
      ).toEqual([]);
    });

    it(`${ns}: every message uses the same placeholders and tags as English`, () => {
      for (const [key, text] of zh) {
        const english = en.get(key) ?? en.get(`${baseKey(key)}_other`) ?? en.get(baseKey(key));
        expect(english, key).toBeDefined();
        expect(slots(text), key).toEqual(slots(english!));
        expect(text.trim(), key).not.toBe('');
      }
    });
  }

  it('covers every preset', () => {
    expect(Object.keys(ZH_HANS_RESOURCES.presets).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });
});

const source = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8');

describe('translated UI files', () => {
  it.each(TRANSLATED_FILES)('%s: asks only for keys English has', (file) => {
    // Keys are looked up in the namespace the file's useTranslation('...') names (default: ui).
    const ns = (/useTranslation\(\s*'(\w+)'/.exec(source(file))?.[1] ?? 'ui') as Namespace;
    const enUi = leaves(EN_RESOURCES[ns]);
    // Literal keys only; a template key such as `versions.${v}.title` is checked by its prefix.
    for (const m of source(file).matchAll(/\bt\(\s*['`]([\w.-]+)(\$\{)?/g)) {
      const key = m[1]!;
      const known = m[2]
        ? [...enUi.keys()].some((k) => k.startsWith(key))
        : enUi.has(key) || enUi.has(`${key}_other`);
      expect(known, `${file}: t('${key}${m[2] ? '…' : ''}')`).toBe(true);
    }
  });
});
