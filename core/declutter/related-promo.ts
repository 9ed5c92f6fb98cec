import { dropNested, findLines, isPromoLine, matchKicker } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { childElements, hasAnyToken, hasUnlinkedProse, isProse, linkDensity, proseParagraphCount } from './support/signals';
import { widgetOf } from './support/widget-of';

const PROMO_TOKENS = new Set([
  'related', 'relatedarticles', 'related-articles', 'read-more', 'readmore', 'more-stories', 'recommended',
  'recommendations', 'trending', 'popular', 'mostpopular', 'most-read', 'mostread', 'further-reading', 'morelinks',
  'more-on', 'crosslink', 'crosslinks', 'inline-promo', 'promo', 'teaser', 'teasers',
]);

/**
 * "READ MORE: Another headline" between paragraphs, and "Related stories" /
 * "Trending now" lists that slip into the body: links to other stories, which a
 * listener hears as a non sequitur in the middle of this one.
 */
export const relatedPromoRule = defineClutterRule({
  name: 'related-promo',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const kickerLines = findLines(root, context, (el) =>
      isPromoLine(matchKicker(el, context.text(el), context.lexicon.promoKickers), el),
    );
    const listHeadings = findLines(root, context, (_el, normalized) =>
      context.lexicon.promoListHeadings.has(normalized),
    ).flatMap((heading) => [...widgetOf(heading, root, context), ...headlineListAfter(heading, context)]);
    const namedBlocks = [...root.querySelectorAll('aside, section, div, ul, ol, figure, p')].filter(
      (el) => hasAnyToken(el, PROMO_TOKENS) && linkDensity(el) >= 0.5 && !isProse(el) && proseParagraphCount(el) === 0 && !hasUnlinkedProse(el),
    );
    return dropNested([...kickerLines, ...listHeadings, ...namedBlocks, ...headlineRuns(root, context)]);
  },
});

/**
 * The list right after a "More Great WIRED Stories" label, when each of its
 * items is a short headline holding a link: sites link only part of each
 * headline ("YouTubers must unionize, <a>no matter what Google says</a>"), so
 * the list is not link-dense enough for widgetOf, yet it goes with its label.
 */
function headlineListAfter(label: Element, context: RuleContext): Element[] {
  let next = label.nextElementSibling;
  while (next && context.text(next) === '') next = next.nextElementSibling;
  if (!next || !next.matches('ul, ol')) return [];
  const items = childElements(next);
  const isHeadlineItem = (item: Element) =>
    item.tagName.toUpperCase() === 'LI' && context.text(item).length <= 200 && item.querySelector('a[href]') !== null && linkDensity(item) >= 0.25;
  return items.length >= 2 && items.every(isHeadlineItem) ? [next] : [];
}

/** A headline: a line of a few words or more that is nothing but a link. */
function isLinkedHeadline(el: Element, context: RuleContext): boolean {
  const text = context.text(el);
  return text.length >= 15 && text.length <= 200 && text.includes(' ') && linkDensity(el) >= 0.9;
}

/**
 * Three or more linked headlines in a row, with no label: "More Great Stories"
 * lists whose heading was dropped, teaser rows between paragraphs.
 */
function headlineRuns(root: Element, context: RuleContext): Element[] {
  const found: Element[] = [];
  for (const list of root.querySelectorAll('ul, ol')) {
    if (isIntroduced(list, context)) continue;
    const items = childElements(list);
    if (items.length >= 3 && items.every((item) => item.tagName.toUpperCase() === 'LI' && isLinkedHeadline(item, context))) found.push(list);
  }
  for (const parent of [root, ...root.querySelectorAll('div, section, article')]) {
    let run: Element[] = [];
    const flush = () => {
      if (run.length >= 3 && !isIntroduced(run[0]!, context)) found.push(...run);
      run = [];
    };
    for (const child of childElements(parent)) {
      if (RUN_TAGS.has(child.tagName.toUpperCase()) && isLinkedHeadline(child, context)) run.push(child);
      else flush();
    }
    flush();
  }
  return found;
}

/** A list the story introduces ("In progress:", "The bugs fixed this week:") or nests in an item is content. */
function isIntroduced(first: Element, context: RuleContext): boolean {
  if (first.parentElement?.closest('li')) return true;
  const previous = first.previousElementSibling;
  return previous !== null && /:\s*$/.test(context.text(previous));
}

const RUN_TAGS = new Set(['P', 'DIV', 'H3', 'H4', 'H5', 'H6']);
