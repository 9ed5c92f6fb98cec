import type { ClutterRule, RuleContext } from './rule';
import { childElements, isShouted } from './signals';

/**
 * "LIFE AFTER FEDERER / The Future Of Men's Tennis Is Here / When the three
 * greatest players…": other stories listed after this one, each a kicker in
 * capitals, a linked headline and a one-paragraph summary. Known by shape: two
 * or more sibling boxes that each hold exactly that and nothing longer. A
 * listicle's items have headings too, but no capitals kicker above each, and
 * their text is the article's own.
 */
export const teaserLists: ClutterRule = {
  name: 'teaser-list',
  reason: 'A list of teasers for other stories: kicker, headline and summary.',
  languages: ['en', 'fr', 'es', 'de'],
  find(root, context) {
    const found: Element[] = [];
    for (const parent of [root, ...root.querySelectorAll('div, section, ul, ol')]) {
      let run: Element[] = [];
      const flush = () => {
        if (run.length >= 2) found.push(...run);
        run = [];
      };
      for (const child of childElements(parent)) {
        if (isTeaser(child, context)) run.push(child);
        else flush();
      }
      flush();
    }
    return found;
  },
};

const CARD_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'ASIDE']);
/**
 * Five capitals with no small letter between them: every kicker `isShouted`
 * accepts has such a run, and a regular expression finds it far faster than
 * the element walk that finds the kicker.
 */
const CAPITALS_RUN = /\p{Lu}(?:[^\p{Lu}\p{Ll}]*\p{Lu}){4}/u;
/** Longest summary a teaser carries: a paragraph, not a story. */
const MAX_SUMMARY = 350;

function isTeaser(card: Element, context: RuleContext): boolean {
  // Cheapest tests first: this runs on every child of every container.
  if (!CARD_TAGS.has(card.tagName.toUpperCase())) return false;
  const text = context.text(card);
  const length = text.length;
  if (length < 20 || length > MAX_SUMMARY + 300 || !CAPITALS_RUN.test(text)) return false;
  const headline = headlineLink(card, context);
  if (!headline) return false;
  const kicker = kickerBefore(card, headline, context);
  if (!kicker) return false;
  const summary = length - context.text(headline).length - context.text(kicker).length;
  return summary <= MAX_SUMMARY && card.querySelectorAll('p').length <= 3;
}

/** The card's one link with text (its thumbnail may link too), worded like a headline. */
function headlineLink(card: Element, context: RuleContext): Element | null {
  const links = [...card.querySelectorAll('a[href]')].filter((a) => context.text(a) !== '');
  if (links.length !== 1) return null;
  const text = context.text(links[0]!);
  return text.length >= 10 && text.length <= 200 && text.includes(' ') ? links[0]! : null;
}

/** A short line in capitals, outside any link, before the headline: "'A NATIONAL TRAGEDY'", "FAR OUT, MAN". */
function kickerBefore(card: Element, headline: Element, context: RuleContext): Element | null {
  for (const el of card.querySelectorAll('p, div, span, strong, b, small, h2, h3, h4, h5, h6')) {
    if (!(headline.compareDocumentPosition(el) & 2 /* PRECEDING */)) break;
    const text = context.text(el);
    if (text.length < 3 || text.length > 60 || el.querySelector('a') || el.closest('a')) continue;
    if (isShouted(text, 5)) return el;
  }
  return null;
}
