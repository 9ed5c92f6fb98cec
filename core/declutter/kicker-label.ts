import { closestWhere, firstDescendantWhere, isHeading, named } from '../element-walk';
import { dropNested, findLines } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { inRunningText } from './support/running-text';
import { hasAnyToken, outermostWithSameText } from './support/signals';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

const KICKER_TOKENS = new Set(['kicker', 'eyebrow', 'overline', 'category', 'rubric', 'section-label', 'badge', 'flag', 'topic-label']);

/** A line of one label holds no blocks: a wrapper of a label and a heading reads as two words run together. */
const isBlock = named('p', 'div', 'section', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6');
const isListOrBoxItem = named('li', 'td', 'th', 'figure', 'blockquote');

/** One or two words, no digits, no sentence punctuation: "Webcam", "General", "Travel Tips". */
const LABEL = /^\p{L}[\p{L}'&\-]*(?: [\p{L}'&\-]+)?$/u;

/**
 * A category word set over a headline ("Webcam" over each camera's name,
 * "General" over the article's date): a site's section label, read aloud as a
 * word with no sentence. It goes when the site marks it as a kicker, when the
 * same word heads several headings, or when it opens the article right above
 * the date line. A bold one-word line over a heading in a recipe ("Ingredients")
 * has none of these marks and stays.
 */
export const kickerLabelRule = defineClutterRule({
  name: 'kicker-label',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const candidates = findLines(root, context, (el) => {
      const text = context.text(el);
      return text.length <= 30 && LABEL.test(text) && !isHeading(el) && !firstDescendantWhere(el, isBlock) && !closestWhere(el, isListOrBoxItem) && !inRunningText(el);
    });
    const overHeadings = candidates.filter((el) => nextLine(el, root, context)?.matches(HEADINGS) ?? false);
    const counts = new Map<string, number>();
    for (const el of overHeadings) counts.set(context.normalized(el), (counts.get(context.normalized(el)) ?? 0) + 1);
    const found = candidates.filter((el) => {
      if (overHeadings.includes(el) && (hasAnyToken(el, KICKER_TOKENS) || (counts.get(context.normalized(el)) ?? 0) >= 2)) return true;
      return opensArticle(el, root) && isDateLine(nextLine(el, root, context), context);
    });
    return dropNested(found);
  },
});

/** The next element with text after `el` (or after the wrapper it is the whole text of), in document order. */
function nextLine(el: Element, root: Element, context: RuleContext): Element | null {
  for (let node: Element | null = outermostWithSameText(el, root, context.text); node && node !== root; node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (context.text(next) === '') continue;
      // The first element of the sibling that has the same text: a heading inside its wrapper.
      let inner: Element = next;
      while (inner.firstElementChild && context.text(inner.firstElementChild) === context.text(inner)) inner = inner.firstElementChild;
      return inner;
    }
  }
  return null;
}

/** No text comes before `el` in the article. */
function opensArticle(el: Element, root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.textContent ?? '').trim() !== '') return el.contains(node);
  }
  return false;
}

function isDateLine(el: Element | null, context: RuleContext): boolean {
  if (!el) return false;
  const text = context.text(el);
  return text.length <= 80 && context.lexicon.datePattern.test(text);
}
