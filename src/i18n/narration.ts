// The model's narration messages rendered in the interface language, through i18next.
import type { i18n as I18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { renderMessage, type Message, type MessageParam, type Translate } from '../model/narration';
import { cjkSpacing } from './cjkSpacing';

/** A Translate for the model's messages over an i18next instance's `narration` namespace. */
export function narrationTranslator(i18n: I18n, language?: string): Translate {
  return (key, values) =>
    i18n.t(key, { ns: 'narration', ...values, ...(language ? { lng: language } : {}) });
}

/** A message in `language` (Chinese spacing normalised after assembly, see cjkSpacing.ts). */
export function renderNarration(i18n: I18n, message: Message, language: string): string {
  const text = renderMessage(message, narrationTranslator(i18n, language));
  return language.startsWith('zh') ? cjkSpacing(text) : text;
}

/**
 * The message with every op label replaced by `labelOf(op)` (a preset's label in the interface
 * language): wherever a message names an op by index and label, the two travel together.
 */
export function relabelOps(message: Message, labelOf: (op: number) => string | undefined): Message {
  if (!message.params) return message;
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(message.params))
    params[name] = relabel(value, labelOf);
  const { op, label } = params;
  if (typeof op === 'number' && typeof label === 'string') params.label = labelOf(op) ?? label;
  return { ...message, params };
}

function relabel(value: MessageParam, labelOf: (op: number) => string | undefined): MessageParam {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('list' in value)
    return {
      ...value,
      list: value.list.map((x) => (typeof x === 'string' ? x : relabelOps(x, labelOf))),
    };
  return relabelOps(value, labelOf);
}

/**
 * Renders narration messages in the current interface language (re-renders on a switch), with the
 * ops' labels from `labelOf` when given.
 */
export function useNarrationText(
  labelOf?: (op: number) => string | undefined,
): (message: Message | null) => string {
  const { i18n } = useTranslation('narration');
  const language = i18n.language;
  return useCallback(
    (message: Message | null) =>
      message === null
        ? ''
        : renderNarration(i18n, labelOf ? relabelOps(message, labelOf) : message, language),
    [i18n, language, labelOf],
  );
}
