import { descendantsWhere, firstDescendantWhere, hasAncestorNamed, isParagraph, isTopHeading } from '../element-walk';
import { dropNested } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { hasAnyToken, isProse, linkDensity } from './support/signals';

const TAG_TOKENS = new Set(['tags', 'tag-list', 'taglist', 'tagcloud', 'tag-cloud', 'post-tags', 'entry-tags', 'article-tags', 'keywords', 'topics']);

/**
 * A list of the story's tags ("Politics · Elections · Ohio"): links to topic
 * pages, read aloud as a string of unconnected words. Known by its class
 * words or by WordPress's `rel="tag"` on every link.
 */
export const tagListRule = defineClutterRule({
  name: 'tag-list',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const lists = [...root.querySelectorAll('ul, ol, div, p, section, nav, aside, span')].filter((el) => isTagList(el, context));
    return dropNested(lists);
  },
});

/** `h1, h2, h3, p p` */
const isHeadingOrNestedParagraph = (el: Element) => isTopHeading(el) || (isParagraph(el) && hasAncestorNamed(el, isParagraph));
/** `a[href]` */
const isLinkWithHref = (el: Element) => el.localName === 'a' && el.hasAttribute('href');

function isTagList(el: Element, context: RuleContext): boolean {
  const text = context.text(el);
  if (text === '' || text.length > 400 || isProse(el) || firstDescendantWhere(el, isHeadingOrNestedParagraph)) return false;
  const links = descendantsWhere(el, isLinkWithHref);
  if (links.length < 2 || links.some((a) => context.text(a).length > 40)) return false;
  const tagged = links.every((a) => /(?:^|\s)tag(?:\s|$)/i.test(a.getAttribute('rel') ?? ''));
  return (tagged || hasAnyToken(el, TAG_TOKENS)) && linkDensity(el) >= 0.6;
}
