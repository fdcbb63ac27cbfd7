// Clipboard access that reports instead of throwing: navigator.clipboard is missing outside
// secure contexts and in some embedded browsers, and writeText rejects without permission.

/** Writes text to the clipboard; false when the browser would not (the caller shows it instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
