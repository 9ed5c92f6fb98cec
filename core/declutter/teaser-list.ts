import { closestWhere, descendantsWhere, firstDescendantWhere, isLink, isParagraph, named } from '../element-walk';
import { defineClutterRule, type RuleContext } from './support/rule';
import { childElements, isShouted, linksWithinSite } from './support/signals';

/**
 * "LIFE AFTER FEDERER / The Future Of Men's Tennis Is Here / When the three
 * greatest players…": other stories listed after this one, each a kicker in
 * capitals, a linked headline and a one-paragraph summary. Known by shape: two
 * or more sibling boxes that each hold exactly that and nothing longer, whose
 * headline is a line of its own leading to another page of this site. Lists
 * that are the article's own content are spared: links inside sentences ("what
 * to know"), links to shops (product round-ups), and cards that make up most of
 * the text (a morning briefing).
 */
export const teaserListRule = defineClutterRule({
  name: 'teaser-list',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const found: Element[] = [];
    // Cards that make up most of the text are the article itself (a morning briefing, a digest).
    const limit = context.text(root).length * MAX_SHARE_OF_ARTICLE;
    let total = 0;
    for (const parent of [root, ...root.querySelectorAll('div, section, ul, ol')]) {
      let run: Element[] = [];
      const flush = () => {
        if (run.length >= 2) {
          found.push(...run);
          for (const card of run) total += context.text(card).length;
        }
        run = [];
      };
      for (const child of childElements(parent)) {
        if (isTeaser(child, context)) run.push(child);
        else flush();
      }
      flush();
    }
    return total > limit ? [] : found;
  },
});

const CARD_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'ASIDE']);
/**
 * Five capitals with no small letter between them: every kicker `isShouted`
 * accepts has such a run, and a regular expression finds it far faster than
 * the element walk that finds the kicker.
 */
const CAPITALS_RUN = /\p{Lu}(?:[^\p{Lu}\p{Ll}]*\p{Lu}){4}/u;
/** Longest summary a teaser carries: a paragraph, not a story. */
const MAX_SUMMARY = 350;
/** Teasers trail an article; when the cards are more than this share of the text, they are the article. */
const MAX_SHARE_OF_ARTICLE = 0.5;
const HEADLINE_LINE = 'h1, h2, h3, h4, h5, h6, p, div, li, header';

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
  return summary <= MAX_SUMMARY && descendantsWhere(card, isParagraph).length <= 3;
}

/**
 * The card's one link with text (its thumbnail may link too), worded like a
 * headline, standing on a line of its own and leading to another story of this
 * site. A link inside a sentence ("what to know" lists) or to a shop (product
 * round-ups) is the article's own content.
 */
function headlineLink(card: Element, context: RuleContext): Element | null {
  const links = descendantsWhere(card, isLinkWithHref).filter((a) => context.text(a) !== '');
  if (links.length !== 1) return null;
  const link = links[0]!;
  const text = context.text(link);
  if (text.length < 10 || text.length > 200 || !text.includes(' ')) return null;
  const line = link.closest(HEADLINE_LINE);
  const ownLine = line !== null && card.contains(line) && line !== card ? context.text(line) === text : standsAlone(link, card);
  return ownLine && linksWithinSite(link, context.pageUrl) ? link : null;
}

/** A link straight in the card with no text beside it: no words before or after it at its level. */
function standsAlone(link: Element, card: Element): boolean {
  let unit: Element = link;
  while (unit.parentElement && unit.parentElement !== card && !unit.parentElement.matches(HEADLINE_LINE)) unit = unit.parentElement;
  const besideText = (node: Node | null): boolean => node !== null && node.nodeType === 3 && (node.textContent ?? '').trim() !== '';
  return !besideText(unit.previousSibling) && !besideText(unit.nextSibling);
}

/** `a[href]` */
const isLinkWithHref = (el: Element) => el.localName === 'a' && el.hasAttribute('href');
const isKickerTag = named('p', 'div', 'span', 'strong', 'b', 'small', 'h2', 'h3', 'h4', 'h5', 'h6');

/** A short line in capitals, outside any link, before the headline: "'A NATIONAL TRAGEDY'", "FAR OUT, MAN". */
function kickerBefore(card: Element, headline: Element, context: RuleContext): Element | null {
  for (const el of descendantsWhere(card, isKickerTag)) {
    if (!(headline.compareDocumentPosition(el) & 2 /* PRECEDING */)) break;
    const text = context.text(el);
    if (text.length < 3 || text.length > 60 || firstDescendantWhere(el, isLink) || closestWhere(el, isLink)) continue;
    if (isShouted(text, 5)) return el;
  }
  return null;
}
