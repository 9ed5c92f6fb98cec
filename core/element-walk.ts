/**
 * Descendant queries by tag name, for the pipeline's hot paths. Each answers
 * exactly what the selector named beside it would (document order, descendants
 * only, tag names as the HTML parser writes them: lower case in every
 * namespace), but walks the tree instead of running a selector engine: in
 * jsdom, where the corpus benchmark runs, a TreeWalker is about five times as
 * fast as `querySelectorAll('a')` and the rules ask such questions of
 * thousands of elements per page (issue #16).
 */

const SHOW_ELEMENT = 0x1; // NodeFilter.SHOW_ELEMENT; NodeFilter itself is not a global in Node

/** Every descendant of `root` for which `accept` is true, in document order (`root.querySelectorAll(…)`). */
export function descendantsWhere(root: Element, accept: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (accept(node as Element)) found.push(node as Element);
  }
  return found;
}

/** The first such descendant, or null (`root.querySelector(…)`). */
export function firstDescendantWhere(root: Element, accept: (el: Element) => boolean): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (accept(node as Element)) return node as Element;
  }
  return null;
}

/** Every descendant element (`root.querySelectorAll('*')`). */
export function allDescendants(root: Element): Element[] {
  return descendantsWhere(root, () => true);
}

/** A test of an element's tag name against a list (`'h1, h2, h3'` is `named('h1', 'h2', 'h3')`). */
export function named(...names: string[]): (el: Element) => boolean {
  const wanted = new Set(names);
  return (el) => wanted.has(el.localName);
}

/** `el` itself or its nearest ancestor that passes `test` (`el.closest(…)`). */
export function closestWhere(el: Element, test: (el: Element) => boolean): Element | null {
  for (let up: Element | null = el; up; up = up.parentElement) if (test(up)) return up;
  return null;
}

/** Whether an ancestor of `el` (up to the document, as a descendant combinator looks) has one of `names`. */
export function hasAncestorNamed(el: Element, test: (el: Element) => boolean): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (test(up)) return true;
  return false;
}

/** The tests the rules share (`a`, `p`, `h1, h2, h3`, every heading), made once. */
export const isLink = named('a');
export const isParagraph = named('p');
export const isTopHeading = named('h1', 'h2', 'h3');
export const isHeading = named('h1', 'h2', 'h3', 'h4', 'h5', 'h6');
