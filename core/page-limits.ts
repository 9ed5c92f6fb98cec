/**
 * How big a page Lector agrees to read whole. Readability's own passes grow
 * faster than the page past these sizes (on a 2-core machine, 80,000 short
 * paragraphs took bare Readability over a minute, and 1,000 nested divs 20 s),
 * and DOM code that recurses (jsdom's clone and serializer) overflows the stack
 * on deep trees. A page beyond them gets the code `too-large` instead of a tab
 * or a CLI batch that hangs. Measured in one iterative pass, before any copy.
 */

export interface PageLimits {
  /**
   * Elements in the body. The largest page of the public corpora has about 10,000;
   * a 5 MB page of 140,000 links around a story is still read (extract-edge-cases.test.ts).
   */
  maxElements: number;
  /** Element nesting. Chromium's HTML parser never nests deeper than 512 (it flattens instead). */
  maxDepth: number;
  /** Characters of text in the body: about 800,000 words, a long novel. */
  maxTextLength: number;
}

export const PAGE_LIMITS: PageLimits = { maxElements: 200_000, maxDepth: 512, maxTextLength: 5_000_000 };

/**
 * Characters of markup the reader hands the extraction frame (the page's outerHTML). Every tab's frame shares the
 * extension's one process, which holds the text, the parsed copy and Readability's clone at once; past this
 * the page is `too-large` before it is copied (measured: tests/e2e/wiring-page-memory.test.ts, bench/RESULTS.md).
 */
export const MAX_MARKUP_LENGTH = 16_000_000;

export type PageExcess = 'elements' | 'depth' | 'text';

/** What of `limits` the body exceeds, or null; stops counting at the first excess. */
export function pageExcess(body: Element, limits: PageLimits = PAGE_LIMITS): PageExcess | null {
  let elements = 0;
  let text = 0;
  let depth = 0;
  // Iterative pre-order walk by firstChild/nextSibling: no recursion, so depth cannot overflow it.
  let node: Node | null = body.firstChild;
  while (node && node !== body) {
    if (node.nodeType === 1) {
      if (++elements > limits.maxElements) return 'elements';
    } else if (node.nodeType === 3 && (text += (node as Text).data.length) > limits.maxTextLength) {
      return 'text';
    }
    if (node.firstChild) {
      if (++depth > limits.maxDepth) return 'depth';
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== body ? node.nextSibling : null;
  }
  return null;
}
