/**
 * Whether an element sits inside a sentence: text of its own runs on either
 * side of it ("the clip got <span>1,204 views</span> in a day"). Rules that
 * match a whole line use it so they never cut words out of running text.
 */
export function inRunningText(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    // A block's neighbours are other lines, not the same sentence.
    if (!INLINE.has(node.tagName.toUpperCase())) return false;
    if (hasWords(node, 'previousSibling') || hasWords(node, 'nextSibling')) return true;
  }
  return false;
}

/**
 * The nearest non-blank neighbour on one side has words and is inline: text, or
 * an inline element ("<b>Availability:</b> <a>Check here</a>").
 */
function hasWords(node: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  for (let sibling = node[side]; sibling; sibling = sibling[side]) {
    const text = sibling.textContent ?? '';
    if (text.trim() === '') continue;
    if (sibling.nodeType === 3 /* TEXT_NODE */) return /[\p{L}\p{N}]/u.test(text);
    return sibling.nodeType === 1 && INLINE.has((sibling as Element).tagName.toUpperCase()) && /[\p{L}\p{N}]/u.test(text);
  }
  return false;
}

const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'FONT', 'MARK', 'CITE', 'Q', 'SUB', 'SUP', 'LABEL', 'BUTTON', 'TIME', 'ABBR']);
