// Narration as data: a message is a key into a table of templates plus its parameters, which may
// themselves be messages or lists of them. The model builds messages and never wording, so the UI
// can render them in any language through i18next, while the model's own English renderer (used by
// the tests and anything without a UI) produces the same text from the same English templates.

/** One parameter of a message: a value, another message, or a list of messages or strings. */
export type MessageParam = string | number | Message | MessageList;

/** A message: a template key (dot-separated path) and the values for its {{placeholders}}. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/**
 * Items joined "a, b and c" (`and`, for words) or "a, b, c" (`comma`, for clauses) in the language
 * being rendered; Chinese, for one, separates words with 、 but clauses with ，.
 */
export interface MessageList {
  readonly list: readonly (Message | string)[];
  readonly join: 'and' | 'comma';
}

/** A message. `count`, when given, picks a plural form (`key_one`, `key_other`) as i18next does. */
export const msg = (key: string, params?: Readonly<Record<string, MessageParam>>): Message =>
  params ? { key, params } : { key };

/** A list parameter. */
export const list = (items: readonly (Message | string)[], join: 'and' | 'comma' = 'and') => ({
  list: items,
  join,
});

/** Turns a template key and flat values into text; i18next's `t`, or `templateTranslator`. */
export type Translate = (key: string, values: Readonly<Record<string, string | number>>) => string;

/** Keys of the templates the renderer itself needs, for lists. */
export const LIST_KEYS = {
  and: 'list.and',
  separator: 'list.separator',
  clauses: 'list.clauseSeparator',
} as const;

/** Renders a message (its parameters first, innermost first) with `translate`. */
export function renderMessage(message: Message, translate: Translate): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {}))
    values[name] = renderParam(value, translate);
  return translate(message.key, values);
}

function renderParam(value: MessageParam, translate: Translate): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (!('list' in value)) return renderMessage(value, translate);
  const items = value.list.map((x) => (typeof x === 'string' ? x : renderMessage(x, translate)));
  if (value.join === 'comma') return items.join(translate(LIST_KEYS.clauses, {}));
  const separator = translate(LIST_KEYS.separator, {});
  if (items.length <= 1) return items.join(separator);
  return translate(LIST_KEYS.and, {
    rest: items.slice(0, -1).join(separator),
    last: items[items.length - 1]!,
  });
}

/** Messages are equal when they would render the same in every language. */
export const sameMessage = (a: Message, b: Message): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** A nested table of templates, as in an i18next resources file. */
export interface TemplateTable {
  readonly [key: string]: string | TemplateTable;
}

function lookup(table: TemplateTable, path: string): string | undefined {
  let node: string | TemplateTable | undefined = table;
  for (const part of path.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A Translate over a template table with i18next's rules for what the model uses: `{{name}}`
 * placeholders and, when a numeric `count` is given, the English plural forms `_one`/`_other`.
 * A missing key or value is a bug in the model and throws, so tests catch it.
 */
export function templateTranslator(table: TemplateTable): Translate {
  return (key, values) => {
    const count = values.count;
    const plural = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : null;
    const template = (plural !== null ? lookup(table, plural) : undefined) ?? lookup(table, key);
    if (template === undefined) throw new Error(`narration: no template for "${key}"`);
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`narration: "${key}" needs a value for ${name}`);
      return String(value);
    });
  };
}
