// Link versions. A link says which format it was written in (`v=`); decoding first upgrades its
// parameters step by step to the current format, so links stay readable forever (archived ones
// are tested in linkCodec.test.ts). Bump the version only when the meaning of an existing
// parameter changes; a new optional parameter needs no bump, since older links simply lack it.
import { linkText } from './linkRules';
import { err, ok, type Result } from '../../lib/result';
import type { LinkParams } from './params';

/** The link format this build writes. */
export const CURRENT_LINK_VERSION = 1;

/** Rewrites the parameters of a version-n link as version n + 1 would have written them. */
export type LinkUpgrader = (params: LinkParams) => Map<string, string>;

/**
 * Upgraders by the version they read: entry n turns a v=n link into v=n+1. Empty while there is
 * one version; the registry test checks every version below the current one has an entry.
 */
export const LINK_UPGRADERS: Readonly<Record<number, LinkUpgrader>> = {};

/** Parameters of a version-`from` link, upgraded to `current`, or why that is impossible. */
export function upgradeParams(
  params: LinkParams,
  from: number,
  current: number = CURRENT_LINK_VERSION,
  upgraders: Readonly<Record<number, LinkUpgrader>> = LINK_UPGRADERS,
): Result<LinkParams, string> {
  if (from > current) return err(linkText('newer', { from, current }));
  let upgraded = params;
  for (let v = from; v < current; v++) {
    const upgrade = upgraders[v];
    if (!upgrade) return err(linkText('noUpgrade', { from: v }));
    upgraded = upgrade(upgraded);
  }
  return ok(upgraded);
}
