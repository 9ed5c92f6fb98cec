/**
 * The first part of a page too large to read whole (issue #18): an inert copy
 * of the document holding its head and as much of its body, in order, as fits
 * within limits well under core/page-limits.ts. Reads the page only (never
 * changes it); one iterative walk, so depth cannot overflow it.
 */
import { PAGE_LIMITS, type PageLimits } from './page-limits';

export interface FirstPartLimits extends PageLimits {
  /** An element with more attributes is copied without them (no real page has thousands; copying them is quadratic). */
  maxAttributes: number;
}

/**
 * A tenth of the elements and text Lector reads whole: about 80,000 words, hours of
 * listening, and well within the extraction frame's 10 s budget on a slow machine.
 */
export const FIRST_PART_LIMITS: FirstPartLimits = {
  maxElements: PAGE_LIMITS.maxElements / 10,
  maxDepth: PAGE_LIMITS.maxDepth / 2,
  maxTextLength: PAGE_LIMITS.maxTextLength / 10,
  maxAttributes: 200,
};

export interface FirstPart {
  /** A new document (no browsing context: nothing in it loads or runs), or null when the page has no body. */
  doc: Document | null;
  /** True when something of the page was left out. */
  cut: boolean;
}

/** Never read, never shown; a page's scripts and styles can be most of its size. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK']);

export function firstPartOf(source: Document, limits: FirstPartLimits = FIRST_PART_LIMITS): FirstPart {
  const root = source.documentElement;
  if (!root || !source.body) return { doc: null, cut: false };
  const doc = source.implementation.createHTMLDocument('');
  doc.documentElement.replaceWith(shallowCopy(doc, root, limits));
  const copyRoot = doc.documentElement;
  let elements = 0;
  let text = 0;
  let cut = false;
  // Pre-order walk by firstChild/nextSibling, carrying the copy's parent alongside the source node.
  let node: Node | null = root.firstChild;
  let parent: Node = copyRoot;
  let depth = 1;
  while (node && node !== root) {
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIPPED.has(el.tagName.toUpperCase()) && !isMetadataScript(el)) {
        // left out on purpose, not for size: no `cut`
      } else if (elements >= limits.maxElements || depth >= limits.maxDepth) {
        cut = true;
      } else {
        elements++;
        const copy = shallowCopy(doc, el, limits);
        parent.appendChild(copy);
        if (el.firstChild) {
          parent = copy;
          descend = true;
        }
      }
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      const room = limits.maxTextLength - text;
      if (data.length > room) cut = true;
      if (room > 0) {
        const kept = data.length > room ? cutAtWord(data, room) : data;
        text += kept.length;
        parent.appendChild(doc.createTextNode(kept));
      }
    }
    if (descend) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) {
        parent = parent.parentNode ?? copyRoot;
        depth--;
      }
    }
    node = node && node !== root ? node.nextSibling : null;
    if (elements >= limits.maxElements || text >= limits.maxTextLength) {
      // Everything after this point would be left out: stop walking a huge page.
      if (node) cut = true;
      break;
    }
  }
  if (!doc.head) doc.documentElement.prepend(doc.createElement('head'));
  if (!doc.body) doc.documentElement.append(doc.createElement('body'));
  return { doc, cut };
}

function shallowCopy(doc: Document, el: Element, limits: FirstPartLimits): Element {
  if (el.attributes.length <= limits.maxAttributes) return doc.importNode(el, false);
  return doc.createElementNS(el.namespaceURI, el.tagName.toLowerCase());
}

/** JSON-LD in the head carries the byline and date Readability reads. */
function isMetadataScript(el: Element): boolean {
  return el.tagName.toUpperCase() === 'SCRIPT' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json';
}

/** The first `length` characters, back to the last space when there is one, so no word is read half. */
function cutAtWord(data: string, length: number): string {
  const head = data.slice(0, length);
  const space = head.search(/\s\S*$/);
  return space > 0 ? head.slice(0, space) : head;
}
