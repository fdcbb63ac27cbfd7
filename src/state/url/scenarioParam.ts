// The `s=` parameter: a scenario's canonical text, lz-string-compressed to bytes, then base64url.
// Decoding is bounded at every stage so that no link, however long or hostile, can stall the page.
import { err, ok, type Result } from '../../lib/result';
import { toBase64Url, fromBase64Url } from './base64url';
import { linkText } from './linkRules';
import { compressToUint8Array } from './lzString';
import { lzDecompress } from './lzDecompress';

/** Largest scenario text a link may expand to (1 MiB of characters), checked while decompressing. */
export const MAX_SCENARIO_CHARS = 1 << 20;

/** Compresses canonical scenario text into the `s=` value. */
export function compressScenario(text: string): string {
  return toBase64Url(compressToUint8Array(text));
}

/** The scenario text inside an `s=` value, or a message saying why it cannot be read. */
export function decompressScenario(param: string): Result<string, string> {
  if (param === '') return err(linkText('empty'));
  const bytes = fromBase64Url(param);
  if (bytes === null) return err(linkText('notBase64'));
  const text = lzDecompress(bytes, MAX_SCENARIO_CHARS);
  if (text.ok) return ok(text.text);
  switch (text.why) {
    case 'too-large':
      return err(linkText('tooLarge', { max: MAX_SCENARIO_CHARS }));
    case 'truncated':
      return err(linkText('truncated'));
    case 'corrupt':
      return err(linkText('corrupt'));
  }
}
