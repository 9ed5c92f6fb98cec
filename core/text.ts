import { descendantsWhere, isLink } from './element-walk';

/** Collapse runs of whitespace (including NBSP) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u3000]+/g, ' ').trim();
}

const CURLY_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const CURLY_DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const TRAILING_LABEL_PUNCTUATION = /[\s:.\u2026›»>|\-–—\])]+$/u;
const LEADING_LABEL_PUNCTUATION = /^[\s›»>|•·\-–—[(]+/u;

/**
 * The form label catalogues are written in: NFKC, lower case, straight quotes,
 * plain hyphens, collapsed whitespace, no trailing colon or ellipsis. Matching on
 * this form lets "READ MORE :", "Read more…" and "Read More" meet one entry.
 */
export function normalizeForMatch(text: string): string {
  return collapseWhitespace(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(CURLY_QUOTES, "'")
      .replace(CURLY_DOUBLE_QUOTES, '"')
      .replace(DASHES, '-'),
  )
    .replace(TRAILING_LABEL_PUNCTUATION, '')
    .replace(LEADING_LABEL_PUNCTUATION, '');
}

/** Text of a node as a reader sees it on one line. */
export function textOf(node: Node): string {
  return collapseWhitespace(node.textContent ?? '');
}

/** Block elements: each is a line of its own, and the units the reader moves by (core/blocks.ts). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TD', 'TH', 'DT', 'DD', 'DIV',
  'SECTION', 'ARTICLE', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'CAPTION', 'DETAILS',
  'SUMMARY', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'HR', 'ADDRESS', 'CENTER',
]);

/**
 * An element's text as it reads, for showing and speaking: "BEST OVERALL" and
 * "Brooklinen sheets" in two paragraphs come out as two words, not "OVERALLBrooklinen"
 * as textContent would have it.
 */
export function readableText(el: Element): string {
  const parts: string[] = [];
  const breaks = (child: Element) => {
    const tag = child.tagName.toUpperCase();
    return tag === 'BR' || BLOCK_TAGS.has(tag);
  };
  walkTree(el, {
    text: (node) => parts.push(node.nodeValue ?? ''),
    enter: (child) => {
      if (breaks(child)) parts.push(' ');
      return true;
    },
    leave: (child) => {
      if (breaks(child)) parts.push(' ');
    },
  });
  return collapseWhitespace(parts.join(''));
}

export interface TreeVisitor {
  text?(node: Text): void;
  /** Called on each element; return false to skip what is inside it. */
  enter?(el: Element): boolean;
  /** Called after an element's contents (also when they were skipped). */
  leave?(el: Element): void;
}

/**
 * Visits what is inside `root` in document order, without recursion: a page
 * can nest elements deeper than the call stack (10,000 divs overflowed it).
 */
export function walkTree(root: Node, visitor: TreeVisitor): void {
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) visitor.text?.(node as Text);
    else if (node.nodeType === 1) descend = (visitor.enter?.(node as Element) ?? true) && node.firstChild !== null;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 1) visitor.leave?.(node as Element);
    // Climb until a next sibling, closing each element left behind.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) return;
      if (node.nodeType === 1) visitor.leave?.(node as Element);
    }
    node = node ? node.nextSibling : null;
  }
}


/** Characters of an element's text that sit inside links (each link whitespace-collapsed). */
export function linkedTextLength(el: Element): number {
  let linked = 0;
  for (const a of descendantsWhere(el, isLink)) linked += collapseWhitespace(a.textContent ?? '').length;
  return linked;
}
