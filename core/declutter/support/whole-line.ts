/**
 * Whether an element is a whole block, or a whole line of its block: what a
 * clutter rule may remove. Removing a link or a bold run from inside running
 * text cuts words out of a sentence ("according to ." with the agency gone),
 * which a listener hears as garbage; a line is bounded by <br> or by blocks.
 */
import { BLOCK_TAGS, walkTree } from '../../text';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function breaksLine(el: Element): boolean {
  return el.tagName.toUpperCase() === 'BR' || isBlock(el);
}

/**
 * The text on `el`'s line outside `el` has no letter or digit. Lines end at
 * <br> and at block boundaries; `el`'s nearest block ancestor bounds the search.
 */
export function isWholeBlockOrLine(el: Element): boolean {
  if (isBlock(el)) return true;
  let container = el.parentElement;
  while (container && !isBlock(container)) container = container.parentElement;
  if (!container) return true; // detached, or nothing around it that could be a sentence
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
  return !WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after);
}
