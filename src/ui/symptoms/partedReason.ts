// parted's explanations in the interface language: the model builds each as a message (keys of
// PARTED_EN, src/model/symptoms/partedText.ts) and the page renders it through i18next's
// `symptoms` namespace (`partedWhy.<key>`), English and Chinese alike. Chinese is assembled from
// templates and values (LBA numbers, hex bytes, GUIDs), so its Latin/Chinese spacing is normalised
// after assembly, as the narration's is.
import type { TFunction } from 'i18next';
import { cjkSpacing } from '../../i18n/cjkSpacing';
import { useMessageText } from '../../i18n/messageText';
import { renderMessage, type Message } from '../../model/narration';

/** `reason` worded by `t` (the symptoms namespace) in `language`. */
export function partedReasonText(
  reason: Message,
  t: TFunction<'symptoms'>,
  language: string,
): string {
  const text = renderMessage(reason, (key, values) => t(`partedWhy.${key}`, values));
  return language.startsWith('zh') ? cjkSpacing(text) : text;
}

/** Renders parted explanation messages in the current language (re-renders on a switch). */
export const usePartedReason = (): ((reason: Message) => string) =>
  useMessageText('symptoms', 'partedWhy');
