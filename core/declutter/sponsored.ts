import { firstDescendantWhere, isHeading } from '../element-walk';
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
 * a newsletter's sponsor section, a heading and the blurb under it whose
 * links are tagged as paid placements; and the site's pitch to advertisers at
 * the foot of a post ("Collaborate with us", "Werben bei uns").
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
    return dropNested([...labelled, ...kickerLines, ...named, ...paidSections(root, context), ...advertisingPitches(root, context)]);
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
    const section = sectionOf(heading, root, context);
    const links = section.flatMap((el) => [...el.querySelectorAll('a[href]')]);
    const paid = links.filter((a) => PAID_LINK.test(a.getAttribute('href') ?? '')).length;
    if (paid === 0 || paid * 2 < links.length) continue;
    const length = section.reduce((sum, el) => sum + context.text(el).length, 0);
    if (length > MAX_PAID_SECTION || section.reduce((sum, el) => sum + proseParagraphCount(el), 0) > 4) continue;
    found.push(...section);
  }
  return found;
}

/** Longer than a pitch to advertisers (a heading, two or three short paragraphs and an address). */
const MAX_PITCH_SECTION = 800;

/**
 * "Collaborate with us: get your brand in front of our readers… email us": the site's own pitch to advertisers,
 * a heading and a short section at the foot of a post (nothing of the story after it).
 */
function advertisingPitches(root: Element, context: RuleContext): Element[] {
  const found: Element[] = [];
  for (const heading of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (!context.lexicon.advertisingPitchHeadings.has(context.normalized(heading))) continue;
    const section = sectionOf(heading, root, context);
    const last = section[section.length - 1]!;
    if (!isFoot(last, root)) continue;
    if (section.reduce((sum, el) => sum + context.text(el).length, 0) > MAX_PITCH_SECTION) continue;
    found.push(...section);
  }
  return found;
}

/** The heading (with its wrappers) and its siblings up to the next heading or rule. */
/** `hr, h1, h2, h3, h4, h5, h6` */
const isSectionBreak = (el: Element) => el.localName === 'hr' || isHeading(el);

function sectionOf(heading: Element, root: Element, context: RuleContext): Element[] {
  const head = outermostWithSameText(heading, root, context.text);
  const section = [head];
  for (let next = head.nextElementSibling; next && !isSectionBreak(next) && !firstDescendantWhere(next, isHeading); next = next.nextElementSibling) {
    section.push(next);
  }
  return section;
}

/** Nothing with words follows `el` in the article. */
function isFoot(el: Element, root: Element): boolean {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
    for (let next = up.nextElementSibling; next; next = next.nextElementSibling) {
      if (/[\p{L}\p{N}]/u.test(next.textContent ?? '')) return false;
    }
  }
  return true;
}
