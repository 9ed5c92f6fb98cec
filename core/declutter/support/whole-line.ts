/**
 * Whether an element is a whole block, or a whole line of its block: what a
 * clutter rule may remove. Removing a link or a bold run from inside running
 * text cuts words out of a sentence ("according to ." with the agency gone),
 * which a listener hears as garbage; a line is bounded by <br> or by blocks.
 */
import { descendantsWhere, isLink } from '../../element-walk';
import { BLOCK_TAGS, walkTree } from '../../text';
import { linkDensity } from './signals';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function breaksLine(el: Element): boolean {
  return el.tagName.toUpperCase() === 'BR' || isBlock(el);
}

/** A parenthetical "(Image: GETTY)" or a labelled aside "Credit: EPA": set apart from the sentence before it. */
const ASIDE = /^\s*(?:\(.*\)|\p{L}[\p{L} ]{0,20}:\s.*)\s*$/su;

/**
 * The text on `el`'s line outside `el` has no letter or digit. Lines end at
 * <br> and at block boundaries; `el`'s nearest block ancestor bounds the search.
 */
export function isWholeBlockOrLine(el: Element): boolean {
  const around = lineAround(el);
  return around === null || (!WORD_CHARACTER.test(around.before) && !WORD_CHARACTER.test(around.after));
}


/**
 * What a rule may remove without cutting a sentence: a whole block or line, or
 * an aside that ends its line ("… in May <span>Credit: The Siberian Times</span>",
 * "… Hong Kong <span>(Image: GETTY)</span>"), which leaves the line's sentence
 * whole. A word, a name or a bold opening sentence inside a line is neither.
 */
export function isRemovableWhole(el: Element): boolean {
  const around = lineAround(el);
  if (around === null || (!WORD_CHARACTER.test(around.before) && !WORD_CHARACTER.test(around.after))) return true;
  // In a hover card of story links after a name: a widget dropped into the sentence, not words of it.
  for (let up: Element | null = el; up && !isBlock(up); up = up.parentElement) {
    if (descendantsWhere(up, isLink).length >= 2 && linkDensity(up) >= 0.9) return true;
  }
  // Nothing at all after it, not even the "." that would end a sentence the element is part of.
  return around.after.trim() === '' && ASIDE.test(el.textContent ?? '');
}

/** The text on `el`'s line before and after it; null for a block (a line of its own) or a detached element. */
function lineAround(el: Element): { before: string; after: string } | null {
  if (isBlock(el)) return null;
  let container = el.parentElement;
  while (container && !isBlock(container)) container = container.parentElement;
  if (!container) return null; // detached, or nothing around it that could be a sentence
  let before = ''; // outside text since the last break before el
  let after = ''; // outside text after el until the next break
  let state: 'before' | 'inside' | 'after' = 'before';
  let done = false;
  walkTree(container, {
    text: (node) => {
      if (done) return;
      if (state === 'before') before += node.data;
      else if (state === 'after') after += node.data;
    },
    enter: (child) => {
      if (done) return false;
      if (child === el) {
        state = 'inside';
        return false; // its own text does not matter; `leave` follows
      }
      if (state !== 'inside' && breaksLine(child)) {
        if (state === 'before') before = '';
        else done = true;
      }
      return !done;
    },
    leave: (child) => {
      if (child === el) state = 'after';
      else if (state === 'before' && breaksLine(child)) before = '';
      else if (state === 'after' && breaksLine(child)) done = true;
    },
  });
  return { before, after };
}

/**
 * What a line-finding rule may remove of the lines it matched: each one that is
 * removable whole, and for pieces that are not, their block when it holds
 * nothing else ("<a>Report an error</a> · <a>Submit a news tip</a>": two
 * controls that together are the line). Other pieces stay: they are words of a sentence.
 */
export function wholeLines(matched: readonly Element[]): Element[] {
  const pieces = new Set(matched);
  const result = new Set<Element>();
  for (const el of matched) {
    if (isRemovableWhole(el)) {
      result.add(el);
      continue;
    }
    let block = el.parentElement;
    while (block && !isBlock(block)) block = block.parentElement;
    if (block && onlyPieces(block, pieces)) result.add(block);
  }
  return [...result];
}

/** Whether every letter or digit in `block` is inside one of `pieces`. */
function onlyPieces(block: Element, pieces: ReadonlySet<Element>): boolean {
  let stray = false;
  walkTree(block, {
    text: (node) => {
      stray ||= WORD_CHARACTER.test(node.data);
    },
    enter: (child) => !stray && !pieces.has(child),
  });
  return !stray;
}
