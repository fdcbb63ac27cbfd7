// The absolute URL of a share link. The page's own address comes from document.baseURI, so the
// one module that touches window.location stays the only one; the query (such as an embed flag)
// is dropped, because a shared link opens the full explorer.

/** `base` with its query and fragment replaced by `#fragment`. */
export function shareUrl(fragment: string, base: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = fragment;
  return url.href;
}
