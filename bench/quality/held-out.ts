/**
 * The held-out split: a fixed share of a corpus's pages, chosen by a hash of
 * the page id, that nobody looks at while writing or tuning rules. Figures on
 * them say how rules do on pages they were not fitted to.
 */

/** Share of pages held out, in percent. */
export const HELD_OUT_PERCENT = 30;

/** FNV-1a (32-bit): stable across runs, machines and Node versions, unlike a seeded Math.random. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether the page `id` is in the held-out split (never opened while writing rules). */
export function isHeldOut(id: string): boolean {
  return fnv1a(id) % 100 < HELD_OUT_PERCENT;
}
