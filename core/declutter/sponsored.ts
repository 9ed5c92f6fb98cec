import { dropNested, findLines, isPromoLine, matchKicker } from './support/lines';
import { widgetOf } from './support/widget-of';
import { defineClutterRule, type RuleContext } from './support/rule';
import { hasAnyToken, hasUnlinkedProse, isProse, outermostWithSameText, proseParagraphCount } from './support/signals';

const PAID_TOKENS = new Set([
  'outbrain', 'ob-widget', 'ob', 'obwidget', 'taboola', 'trc', 'revcontent', 'zergnet', 'nativo', 'sponsored',
  'sponsor', 'promoted', 'paid', 'advertorial', 'dianomi', 'plista', 'ligatus', 'mgid',
]);

/**
 * A link an ad network or a paid campaign tagged: "utm_medium=paid_newsletter", "utm_medium=cpc", beehiiv's ad
 * network's "_bhiiv=opp_…". A writer's own link to a source carries none of these.
 */
const PAID_LINK = /[?&](?:utm_medium=(?:paid|sponsor|cpc|ppc|native|display|advert)[^&#]*|_bhiiv=opp_)/iu;

/** Longer than a sponsor's blurb (a heading, a picture and two or three paragraphs). */
const MAX_PAID_SECTION = 1500;

/**
 * "Sponsored content" widgets (Outbrain/Taboola style) and "Sponsored: …"
 * links: paid recommendations, which are advertising dressed as headlines;
 * and a newsletter's sponsor section, a heading and the blurb under it whose
 * links are tagged as paid placements.
 */
export const sponsoredRule = defineClutterRule({
  name: 'sponsored',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const labelled = findLines(root, context, (_el, normalized) =>
      context.lexicon.sponsoredLabels.has(normalized),
    ).flatMap((label) => widgetOf(label, root, context));
    const kickerLines = findLines(root, context, (el) =>
      isPromoLine(matchKicker(el, context.text(el), context.lexicon.sponsoredKickers), el),
    );
    const named = [...root.querySelectorAll('aside, section, div, ul, ol, figure')].filter(
      (el) => hasAnyToken(el, PAID_TOKENS) && !isProse(el) && proseParagraphCount(el) === 0 && !hasUnlinkedProse(el),
    );
    return dropNested([...labelled, ...kickerLines, ...named, ...paidSections(root, context)]);
  },
});

/**
 * A heading and what follows it up to the next heading, when most of its links are tagged as paid: a newsletter
 * platform sets its sponsor ("Find customers on Roku this holiday season", a banner, two paragraphs) flat
 * between the issue's own sections, with no box or class to name it.
 */
function paidSections(root: Element, context: RuleContext): Element[] {
  const found: Element[] = [];
  for (const heading of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    const head = outermostWithSameText(heading, root, context.text);
    const section = [head];
    for (let next = head.nextElementSibling; next && !next.matches('hr, h1, h2, h3, h4, h5, h6') && !next.querySelector('h1, h2, h3, h4, h5, h6'); next = next.nextElementSibling) {
      section.push(next);
    }
    const links = section.flatMap((el) => [...el.querySelectorAll('a[href]')]);
    const paid = links.filter((a) => PAID_LINK.test(a.getAttribute('href') ?? '')).length;
    if (paid === 0 || paid * 2 < links.length) continue;
    const length = section.reduce((sum, el) => sum + context.text(el).length, 0);
    if (length > MAX_PAID_SECTION || section.reduce((sum, el) => sum + proseParagraphCount(el), 0) > 4) continue;
    found.push(...section);
  }
  return found;
}
