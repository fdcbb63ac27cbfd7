// A link fragment as parameters: `v=1&s=...&step=14`. Keys and values are taken literally (no
// percent-decoding): every value this format writes is URL-safe, so an escaped value can only be
// a mangled one, and validating it as written avoids decodeURIComponent's exceptions.
import type { ScenarioIssue } from '../../model';
import { linkIssue, linkText } from './linkRules';

/** Longest fragment read (64 KiB); a longer one is rejected before any parsing. */
export const MAX_FRAGMENT_CHARS = 64 * 1024;

/** The parameters of a fragment, each key once. */
export type LinkParams = ReadonlyMap<string, string>;

/** A fragment's parameters, and issues for keys given more than once (those keys are dropped). */
export function parseParams(fragment: string): {
  params: Map<string, string>;
  issues: ScenarioIssue[];
} {
  const params = new Map<string, string>();
  const repeated = new Set<string>();
  for (const part of fragment.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (params.has(key) || repeated.has(key)) {
      repeated.add(key);
      params.delete(key);
    } else params.set(key, value);
  }
  // Neither copy wins: guessing which one the sender meant could show the wrong scenario silently.
  const issues = [...repeated].map((key) => linkIssue(shortText(key), linkText('repeated')));
  return { params, issues };
}

/** Joins parameters in the given order: `k=v&k=v`. Values must already be URL-safe. */
export function formatParams(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([k, v]) => `${k}=${v}`).join('&');
}

/** A value cut to a length fit for a message (links may hold anything). */
export function shortText(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
