/**
 * What the reader says when it is not on screen to hold a live region: "Reader
 * closed" after it has gone (the page must be left as it was), and "Reading
 * the page…" while a slow page is read before it appears. Both use the
 * browser's announcement API, `document.ariaNotify` (Chrome and Firefox ESR
 * 153 have it). Where it is missing, focus moving is what a screen reader says.
 */
type Announcing = Document & { ariaNotify?: (text: string, options?: { priority?: 'normal' | 'high' }) => void };

/** True when the browser took the announcement. */
export function announce(doc: Document, text: string): boolean {
  const notify = (doc as Announcing).ariaNotify;
  if (typeof notify !== 'function') return false;
  try {
    notify.call(doc, text, { priority: 'normal' });
    return true;
  } catch {
    return false;
  }
}

/** Under this, opening feels immediate and saying anything would only get in the way of the reader's own news. */
export const SLOW_OPENING_MS = 500;

/** Announces `text` if the returned "done" has not been called within `delayMs`. */
export function announceIfSlow(doc: Document, text: () => string, delayMs = SLOW_OPENING_MS): () => void {
  const timer = setTimeout(() => announce(doc, text()), delayMs);
  return () => clearTimeout(timer);
}
