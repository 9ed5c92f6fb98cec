/**
 * "Reader closed", said after the reader has gone. No live region of ours
 * survives it (the page must be left as it was), so this uses the browser's
 * announcement API, `document.ariaNotify` (Chrome and Firefox ESR 153 have it).
 * Where it is missing, focus returning to where it was is what a screen reader
 * says instead.
 */
type Announcing = Document & { ariaNotify?: (text: string, options?: { priority?: 'normal' | 'high' }) => void };

/** True when the browser took the announcement. */
export function announceReaderClosed(doc: Document, text: string): boolean {
  const notify = (doc as Announcing).ariaNotify;
  if (typeof notify !== 'function') return false;
  try {
    notify.call(doc, text, { priority: 'normal' });
    return true;
  } catch {
    return false;
  }
}
