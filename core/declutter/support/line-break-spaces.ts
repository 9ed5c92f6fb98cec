import { BLOCK_TAGS } from '../../text';

const WORD_END = /[\p{L}\p{N}\p{P}]$/u;
const WORD_START = /^[\p{L}\p{N}\p{P}]/u;
/**
 * Siblings (other than breaks) and ancestors looked at on each side before giving up: a text is next to its
 * break, and a hostile page (#18) must not make every break walk its whole parent or a 10,000-deep nesting.
 */
const MAX_STEPS = 8;

/**
 * Puts a space before each `<br>` that sits between two words: "Between 2015 and<br>2018" is one sentence set on
 * several lines (a statistic card, a poem, an address), and blocks take their text from `textContent`, where a
 * `<br>` is nothing, so the listener heard "and2018" and "childrenages". A space before a line break shows
 * nothing, and the block's text stays its `textContent` (the highlighter maps offsets through it).
 */
export function spaceLineBreaks(root: Element): void {
  for (const br of root.querySelectorAll('br')) {
    if (WORD_END.test(textBefore(br)) && WORD_START.test(textAfter(br))) br.before(root.ownerDocument.createTextNode(' '));
  }
}

/** The last character of text before `br` in its block (empty when the block starts there). */
function textBefore(br: Element): string {
  let depth = 0;
  for (let node: Node | null = br; node && depth++ <= MAX_STEPS; node = node.parentNode) {
    if (node !== br && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) return '';
    let steps = 0;
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (++steps > MAX_STEPS) return '';
      if (sibling.nodeType === 1 && isBreak(sibling as Element)) return '';
      const text = sibling.textContent ?? '';
      if (text !== '') return text.slice(-1);
    }
  }
  return '';
}

/** The first character of text after `br` in its block (empty when the block ends there). */
function textAfter(br: Element): string {
  let depth = 0;
  for (let node: Node | null = br; node && depth++ <= MAX_STEPS; node = node.parentNode) {
    if (node !== br && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) return '';
    let steps = 0;
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      // Past further breaks ("one<br><br>two"): the space goes before the first of them only. Only the first
      // break of a run gets here (the others have a break before them), so a run is walked once.
      if (sibling.nodeType === 1 && (sibling as Element).tagName.toUpperCase() === 'BR') continue;
      if (++steps > MAX_STEPS) return '';
      if (sibling.nodeType === 1 && isBreak(sibling as Element)) return '';
      const text = sibling.textContent ?? '';
      if (text !== '') return text.slice(0, 1);
    }
  }
  return '';
}

function isBreak(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'BR' || BLOCK_TAGS.has(tag);
}
