// Messages the viz builds (lane status lines, step sentences, provenance lines: key + values, as
// the narration's) worded in the interface language from one namespace, under a key prefix, with
// Chinese spacing normalised after assembly (see cjkSpacing.ts), as the narration is.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { renderMessage, type Message } from '../model/narration/message';
import { cjkSpacing } from './cjkSpacing';
import type { Namespace } from './resources';

/** Renders messages whose keys live under `prefix` in namespace `ns` (re-renders on a switch). */
export function useMessageText(ns: Namespace, prefix: string): (message: Message) => string {
  const { t, i18n } = useTranslation(ns);
  const language = i18n.language;
  return useCallback(
    (message: Message) => {
      const text = renderMessage(message, (key, values) => t(`${prefix}.${key}`, values));
      return language.startsWith('zh') ? cjkSpacing(text) : text;
    },
    [t, language, prefix],
  );
}
