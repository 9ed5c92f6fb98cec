/**
 * Offsets in a block's spoken text ↔ positions in its DOM. `Block.text` and
 * `Sentence.start/end` are offsets into the block's whitespace-collapsed text
 * (core/text.ts `collapseWhitespace` of `textContent`), so this walks the
 * block's text nodes applying the same collapsing, and remembers where each
 * collapsed character came from.
 */

/** The characters `collapseWhitespace` (core/text.ts) folds into one space; keep the two in step. */
const COLLAPSIBLE = /[\s\u00a0\u2000-\u200b\u2028\u2029\u3000]/;

export interface BlockTextMap {
  /** The block's collapsed text: equal to `collapseWhitespace(element.textContent)`. */
  readonly text: string;
  /** A range over collapsed offsets [start, end), or null when they fall outside the text. */
  rangeFor(start: number, end: number): Range | null;
  /** The collapsed offset of a DOM position inside the block (the next character's), or null outside it. */
  offsetOf(node: Node, offset: number): number | null;
}

export function mapBlockText(element: Element): BlockTextMap {
  const doc = element.ownerDocument;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);

  // For collapsed character k: the text node it came from and the offset in it.
  const nodeOf: number[] = [];
  const offsetIn: number[] = [];
  let text = '';
  let pendingSpace: [number, number] | null = null;
  nodes.forEach((node, n) => {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (COLLAPSIBLE.test(data[i]!)) {
        // Leading whitespace is trimmed; inside the text a run becomes one space, mapped to its first character.
        if (text.length > 0 && !pendingSpace) pendingSpace = [n, i];
        continue;
      }
      if (pendingSpace) {
        text += ' ';
        nodeOf.push(pendingSpace[0]);
        offsetIn.push(pendingSpace[1]);
        pendingSpace = null;
      }
      text += data[i];
      nodeOf.push(n);
      offsetIn.push(i);
    }
  });

  return {
    text,
    rangeFor(start, end) {
      if (!(start >= 0 && end > start && end <= text.length)) return null;
      const range = doc.createRange();
      range.setStart(nodes[nodeOf[start]!]!, offsetIn[start]!);
      range.setEnd(nodes[nodeOf[end - 1]!]!, offsetIn[end - 1]! + 1);
      return range;
    },
    offsetOf(node, offset) {
      if (!element.contains(node)) return null;
      const n = node.nodeType === 3 ? nodes.indexOf(node as Text) : firstTextNodeAtOrAfter(nodes, node, offset);
      const within = node.nodeType === 3 ? offset : 0;
      if (n < 0) return text.length;
      // The first collapsed character at or after (n, within).
      let low = 0;
      let high = nodeOf.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        const before = nodeOf[middle]! < n || (nodeOf[middle] === n && offsetIn[middle]! < within);
        if (before) low = middle + 1;
        else high = middle;
      }
      return low;
    },
  };
}

/** Index of the first text node at or after the boundary point (container, offset), or -1. */
function firstTextNodeAtOrAfter(nodes: readonly Text[], container: Node, offset: number): number {
  const point = container.ownerDocument!.createRange();
  point.setStart(container, offset);
  return nodes.findIndex((node) => point.comparePoint(node, 0) >= 0);
}

/** Every block element of a rendered article by index (`data-lector-block`). */
export function blockElements(root: ParentNode): Map<number, Element> {
  const map = new Map<number, Element>();
  for (const element of root.querySelectorAll('[data-lector-block]')) {
    const index = Number(element.getAttribute('data-lector-block'));
    if (Number.isInteger(index)) map.set(index, element);
  }
  return map;
}
