// The embed flag: `embed=1` in the query (where the embed code puts it, see
// src/ui/embed/embedUrl.ts) or among the fragment's parameters. It is a view choice, not an input
// of the explorer, so it is not part of the link format and never written by encodeLink.
import type { ViewMode } from '../explorerStore';

const hasEmbedFlag = (part: string) =>
  part
    .replace(/^[?#]/, '')
    .split('&')
    .some((param) => param === 'embed' || param === 'embed=1');

/** 'embed' when the query or the fragment carries the embed flag, else undefined. */
export function viewModeFrom(search: string, hash: string): ViewMode | undefined {
  return hasEmbedFlag(search) || hasEmbedFlag(hash) ? 'embed' : undefined;
}
