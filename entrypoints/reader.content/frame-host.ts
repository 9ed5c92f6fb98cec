/**
 * The elements that hold Lector's extraction frames. A first open adds the frame while the page is still being
 * written out for it (issue #16), so the writer must know them to leave them out: the copy is the page as it is,
 * and a reopen on the unchanged page compares equal. Known by identity, not by a mark the page could copy.
 */
const hosts = new WeakSet<Node>();

export function markFrameHost<T extends Element>(host: T): T {
  hosts.add(host);
  return host;
}

export function isFrameHost(node: Node): boolean {
  return hosts.has(node);
}
