// A lint-like check that translated UI files contain no bare English: no JSX text and no
// human-facing attribute (title, aria-label, placeholder, alt, label) written as a literal with
// Latin letters, except the contract names listed in UNTRANSLATED_TEXT and the contents of <code>
// and <kbd> (identifiers and key caps). Parsed with the TypeScript compiler, so comments, class
// names and code are not mistaken for text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_FILES, UNTRANSLATED_TEXT } from './translatedFiles';

/** Attributes whose value a person reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'placeholder',
  'alt',
  'label',
]);

/** Bare English in a .tsx source: JSX text and literal text attributes, with their lines. */
export function literalTexts(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, value: string) => {
    const trimmed = value.replace(/\s+/g, ' ').trim();
    if (!/[A-Za-z]/.test(trimmed) || UNTRANSLATED_TEXT.includes(trimmed)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${line}: ${trimmed}`);
  };
  const visit = (node: ts.Node) => {
    // <code> and <kbd> hold identifiers and key caps, which stay as they are in every language.
    if (ts.isJsxElement(node) && /^(code|kbd)$/.test(node.openingElement.tagName.getText(file)))
      return;
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(init, init.text);
      if (init && ts.isJsxExpression(init) && init.expression) {
        const e = init.expression;
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) report(e, e.text);
        if (ts.isTemplateExpression(e)) report(e, e.head.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no bare English in translated UI files', () => {
  it('finds what it is meant to find', () => {
    const sample = `<p title="Hello" aria-label={'Go'} className="x">Step {n} of {m}<b>{t('k')}</b></p>`;
    expect(literalTexts('x.tsx', sample)).toEqual(['1: Hello', '1: Go', '1: Step', '1: of']);
    expect(literalTexts('x.tsx', `<button aria-label="Play">▶</button>`)).toEqual([]);
    expect(literalTexts('x.tsx', `<p><code>grants_used[i]</code><kbd>Esc</kbd></p>`)).toEqual([]);
  });

  it.each(TRANSLATED_FILES)('%s', (file) => {
    const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
    expect(literalTexts(file, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
