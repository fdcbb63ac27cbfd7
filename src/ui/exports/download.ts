// Saving a file from the page: a temporary object URL on an <a download> link, clicked. The URL
// is revoked later, not at once, because the browser reads it after the click returns.

/** How long a download's object URL lives, ms: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 10_000;

/** Saves `blob` as a file named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Saves text as a file (UTF-8). */
export function downloadText(name: string, text: string, type = 'text/plain'): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}
