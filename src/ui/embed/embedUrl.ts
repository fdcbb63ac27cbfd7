// Links between the full explorer and its embeddable view. The embed flag is `embed=1` in the
// query or in the hash's `&`-separated parameters (src/state/url parses both); these helpers
// only add or remove that one parameter, as strings, so a share payload in the hash is never
// re-encoded (URLSearchParams would turn its '+' into spaces).

/** Iframe size the embed code asks for: the pipeline legible, the page not too tall for a post. */
export const EMBED_SIZE = { width: 960, height: 640 } as const;

const isEmbedParam = (param: string) => /^embed(?:=|$)/.test(param);

/** Splits an href into what precedes the query, the query ('?…' or ''), and the hash ('#…' or ''). */
function splitHref(href: string): readonly [string, string, string] {
  const h = href.indexOf('#');
  const [rest, hash] = h < 0 ? [href, ''] : [href.slice(0, h), href.slice(h)];
  const q = rest.indexOf('?');
  return q < 0 ? [rest, '', hash] : [rest.slice(0, q), rest.slice(q), hash];
}

/** A query or hash ('?…' / '#…') without its embed parameters; '' when nothing else is left. */
function dropEmbed(part: string): string {
  if (part === '') return '';
  const params = part.slice(1).split('&');
  const kept = params.filter((p) => !isEmbedParam(p));
  if (kept.length === params.length) return part;
  const rest = kept.filter((p) => p !== '').join('&');
  return rest === '' ? '' : `${part[0]}${rest}`;
}

/** `href` as the full explorer: every embed parameter removed from the query and the hash. */
export function withoutEmbedFlag(href: string): string {
  const [base, query, hash] = splitHref(href);
  return `${base}${dropEmbed(query)}${dropEmbed(hash)}`;
}

/** `href` as the embed view: one `embed=1` in the query, none in the hash. */
export function withEmbedFlag(href: string): string {
  const [base, query, hash] = splitHref(href);
  const q = dropEmbed(query);
  return `${base}${q === '' ? '?' : `${q}&`}embed=1${dropEmbed(hash)}`;
}

/** Escapes text for a double-quoted HTML attribute. */
const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> snippet that embeds `embedUrl`, titled after the scenario for screen readers. */
export function embedCode(embedUrl: string, scenarioTitle: string): string {
  return (
    `<iframe src="${attr(embedUrl)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" ` +
    `title="${attr(`Scatterlist Explorer: ${scenarioTitle}`)}" loading="lazy" style="border:0"></iframe>`
  );
}
