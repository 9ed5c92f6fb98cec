/**
 * A page's address as Lector passes it on: to the extraction frame (the page's
 * address and its base for relative links), into the article, the queue and
 * reading positions. A page can give itself an address of megabytes with
 * `history.replaceState` (Chromium takes up to 2 MB); carried as it is, every
 * link resolved against it in the frame, every message and every stored entry
 * pays for it. An address longer than MAX_ADDRESS_LENGTH loses its fragment,
 * then its query, then is cut and ends with a hash of what was cut: it still
 * names one page (reading positions tell two such pages apart), and where the
 * cut falls in the last path segment, as with a path of megabytes of one name,
 * relative links still resolve into the page's own folder. Real article
 * addresses are far shorter and are passed on unchanged.
 */

/** Chromium's own cap on a referrer (a page's address sent to another): longer is not an article's address. */
export const MAX_ADDRESS_LENGTH = 4096;

export function boundedAddress(address: string, max: number = MAX_ADDRESS_LENGTH): string {
  if (address.length <= max) return address;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `${address.slice(0, max - 17)}…${fingerprint(address)}`;
  }
  url.hash = '';
  if (url.href.length > max) url.search = '';
  if (url.href.length <= max) return url.href;
  // A literal "…" never ends a browser's address (it is percent-encoded): only a cut one ends like this.
  return `${url.href.slice(0, max - 17)}…${fingerprint(url.href)}`;
}

/** 64 bits of FNV-1a (two 32-bit runs with different offsets) as 16 hex digits: synchronous, no crypto needed to tell pages apart. */
export function fingerprint(text: string): string {
  const run = (offset: number) => {
    let hash = offset;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return run(0x811c9dc5) + run(0x050c5d1f);
}
