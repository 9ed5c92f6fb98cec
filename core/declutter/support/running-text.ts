/**
 * Whether an element sits inside a sentence: text of its own runs on either
 * side of it ("the clip got <span>1,204 views</span> in a day"). Rules that
 * match a whole line use it so they never cut words out of running text.
 */
export function inRunningText(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    // A block's neighbours are other lines, not the same sentence.
    if (!INLINE.has(node.tagName.toUpperCase())) return false;
    for (const sibling of [node.previousSibling, node.nextSibling]) {
      if (sibling?.nodeType === 3 /* TEXT_NODE */ && /[\p{L}\p{N}]/u.test(sibling.textContent ?? '')) return true;
    }
  }
  return false;
}

const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'FONT', 'MARK', 'CITE', 'Q', 'SUB', 'SUP', 'LABEL', 'BUTTON', 'TIME', 'ABBR']);
