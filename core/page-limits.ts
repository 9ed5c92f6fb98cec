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

/**
 * Attributes Lector keeps on one element of a page's markup. Parsers and sanitizers check each new attribute
 * against the ones before it (jsdom's parser for duplicates, DOMPurify as it removes them one by one), so one element
 * with 40,000 attributes cost 5.6 s to parse and 1.9 s to sanitize, and one with 200,000 minutes (issue #18). No real
 * element needs more than a few dozen.
 */
export const MAX_ATTRIBUTES_PER_ELEMENT = 1_000;

/** Elements whose content the HTML parser reads as text up to their end tag: a `<` inside is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * `markup` with every start tag's attributes past the first `max` left out; the same string when no tag has more
 * (the common case: one linear scan, no copy). Call it before parsing a page (the CLI, the extension's page copy).
 * Tokenizes start tags, comments and raw text as the HTML parser does, closely enough that only a tag with more
 * than `max` attributes is ever changed.
 */
export function withoutExcessAttributes(markup: string, max = MAX_ATTRIBUTES_PER_ELEMENT): string {
  const cuts: Array<[number, number]> = [];
  const length = markup.length;
  let i = 0;
  while (i < length) {
    const open = markup.indexOf('<', i);
    if (open < 0 || open + 1 >= length) break;
    if (markup.startsWith('!--', open + 1)) {
      const end = markup.indexOf('-->', open + 4);
      i = end < 0 ? length : end + 3;
      continue;
    }
    if (!isLetter(markup.charCodeAt(open + 1))) {
      i = open + 1;
      continue;
    }
    let j = open + 1;
    while (j < length && !isTagNameEnd(markup.charCodeAt(j))) j++;
    const name = markup.slice(open + 1, j).toLowerCase();
    let count = 0;
    let keptEnd = -1;
    for (;;) {
      while (j < length && (isSpace(markup.charCodeAt(j)) || markup.charCodeAt(j) === 0x2f)) j++; // and '/'
      if (j >= length || markup.charCodeAt(j) === 0x3e) break; // '>'
      // The name: its first character may be '='; it ends at space, '/', '>' or '='.
      j++;
      while (j < length && !isAttributeNameEnd(markup.charCodeAt(j))) j++;
      let k = j;
      while (k < length && isSpace(markup.charCodeAt(k))) k++;
      if (markup.charCodeAt(k) === 0x3d) {
        k++;
        while (k < length && isSpace(markup.charCodeAt(k))) k++;
        const quote = markup.charCodeAt(k);
        if (quote === 0x22 || quote === 0x27) {
          const close = markup.indexOf(String.fromCharCode(quote), k + 1);
          j = close < 0 ? length : close + 1;
        } else {
          while (k < length && !isSpace(markup.charCodeAt(k)) && markup.charCodeAt(k) !== 0x3e) k++;
          j = k;
        }
      }
      if (++count === max) keptEnd = j;
    }
    if (count > max) {
      // A self-closing slash stays: it closes an SVG or MathML element.
      let end = Math.min(j, length);
      while (end > keptEnd && markup.charCodeAt(end - 1) === 0x2f) end--;
      cuts.push([keptEnd, end]);
    }
    i = j + 1;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s/>]`, 'gi');
      close.lastIndex = i;
      i = close.exec(markup)?.index ?? length;
    }
  }
  if (cuts.length === 0) return markup;
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    parts.push(markup.slice(from, start));
    from = end;
  }
  parts.push(markup.slice(from));
  return parts.join('');
}

function isLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function isTagNameEnd(code: number): boolean {
  return isSpace(code) || code === 0x2f || code === 0x3e;
}

function isAttributeNameEnd(code: number): boolean {
  return isTagNameEnd(code) || code === 0x3d;
}
