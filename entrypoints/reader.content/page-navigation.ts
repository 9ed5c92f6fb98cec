/**
 * Whether a URL change inside one document (history.pushState, hash routing)
 * means the page now shows something else, so an open reader would be stale.
 * Jumping to an in-page anchor (`#section-2`) is the same page; a hash route
 * (`#/inbox`, `#!/story/2`) is not.
 */
export function isSamePage(fromUrl: string, toUrl: string): boolean {
  let from: URL;
  let to: URL;
  try {
    from = new URL(fromUrl);
    to = new URL(toUrl);
  } catch {
    return fromUrl === toUrl;
  }
  if (isHashRoute(from.hash) || isHashRoute(to.hash)) return from.href === to.href;
  from.hash = '';
  to.hash = '';
  return from.href === to.href;
}

function isHashRoute(hash: string): boolean {
  return hash.startsWith('#/') || hash.startsWith('#!');
}
