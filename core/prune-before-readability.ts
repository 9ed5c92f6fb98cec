/**
 * Takes out of Lector's copy of the page what can never be article, before Readability runs (issue #16):
 * Readability copies the body's markup to start again after each attempt that finds too little, and walks every
 * node on each attempt, so what it would only throw away still costs it time.
 *
 * Only what Readability itself would drop unread goes, so its choice of article is the same:
 * - scripts, except JSON-LD (Readability reads the article's metadata from it); styles; templates;
 * - `<noscript>` without an image (Readability puts a `<noscript>` image in place of its lazy placeholder,
 *   then drops every `<noscript>`);
 * - what Readability's `_isProbablyVisible` calls hidden (the `hidden` attribute, inline `display: none` or
 *   `visibility: hidden`, `aria-hidden="true"` except its "fallback-image"), unless it holds an `<h1>`, which
 *   Readability reads for the title before it removes hidden nodes;
 * - SVG sprite sheets: an `<svg>` holding only `<defs>` and `<symbol>`, which draws nothing where it stands.
 * Works on the copy only (never the page), in one pass; returns how many elements it took out.
 *
 * NOT CALLED by core/extract.ts, by measurement (issue #16, 456 corpus pages in jsdom, one run each way on a
 * loaded machine): the same article on 453 pages (the other 3: one clutter line "Page load link" fewer, and a
 * hidden "SUBSCRIBE" no longer listed as removed), but no faster: Lector / bare Readability went from 1.45× to
 * 1.47× (median per-page ratio), because Readability drops scripts and styles itself before its costly passes,
 * and the walk costs jsdom as much as the hidden nodes saved. Kept, with its tests, for a pipeline in the
 * browser (where the walk is cheap) to measure again.
 */

/** Elements judged by name; any other element is judged only when it has one of `HIDING_ATTRIBUTES`. */
const BY_NAME = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style'];

export function pruneBeforeReadability(doc: Document): number {
  const root = doc.body;
  if (!root) return 0;
  let pruned = 0;
  // One walk by element siblings, no selector: jsdom took 5 s to match "[hidden], [style]…" on 140,000 links.
  let element: Element | null = root.firstElementChild;
  while (element) {
    const candidate = BY_NAME.has(element.localName) || (element.attributes.length > 0 && HIDING_ATTRIBUTES.some((name) => element!.hasAttribute(name)));
    if (candidate && neverArticle(element)) {
      const next = nextSkipping(element, root);
      element.remove();
      pruned++;
      element = next;
      continue;
    }
    element = element.firstElementChild ?? nextSkipping(element, root);
  }
  return pruned;
}

/** The element after `element` and its descendants in document order, within `root`. */
function nextSkipping(element: Element, root: Element): Element | null {
  let at: Element | null = element;
  while (at && at !== root) {
    if (at.nextElementSibling) return at.nextElementSibling;
    at = at.parentElement;
  }
  return null;
}

function neverArticle(element: Element): boolean {
  switch (element.localName) {
    case 'script':
      return (element.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json';
    case 'style':
    case 'template':
      return true;
    case 'noscript':
      // Parsed without scripting (a DOMParser or jsdom copy), its image is an element; with scripting, text.
      return element.querySelector('img') === null && !/<img[\s>/]/i.test(element.textContent ?? '');
    case 'svg':
      return isSpriteSheet(element) || isHidden(element);
    default:
      return isHidden(element);
  }
}

function isSpriteSheet(svg: Element): boolean {
  const children = [...svg.children];
  return children.length > 0 && children.every((child) => child.localName === 'defs' || child.localName === 'symbol');
}

/**
 * Readability 0.6's `_isProbablyVisible`, negated. Kept all the same: a heading that may be the title
 * (Readability compares the page title with every `<h1>` and `<h2>` before it drops hidden nodes), and an
 * image or what stands just before a `<noscript>` (Readability may put the `<noscript>` image in its place).
 */
function isHidden(element: Element): boolean {
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  const ariaHidden = element.getAttribute('aria-hidden') === 'true' && !(element.getAttribute('class') ?? '').includes('fallback-image');
  const hidden = element.hasAttribute('hidden') || style?.display === 'none' || style?.visibility === 'hidden' || ariaHidden;
  if (!hidden || KEPT_HIDDEN.has(element.localName) || element.nextElementSibling?.localName === 'noscript') return false;
  return element.querySelector('h1, h2') === null;
}

const KEPT_HIDDEN = new Set(['h1', 'h2', 'img']);
