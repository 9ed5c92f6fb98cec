import { findLines } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { isShouted, linkDensity, linksWithinSite } from './support/signals';

/**
 * "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'", "CLICK HERE TO GET
 * THE FOX NEWS APP": a line between paragraphs that is nothing but one link,
 * written in capitals. Sites in the Fox family mark their cross-links this way;
 * a writer's own sentence is not written in capitals and a real heading is not
 * a paragraph that is all link. A capitals link to another site ("CLICK FOR
 * FULL STATE SWIM RESULTS") points to the story's source, and stays.
 */
export const shoutedLinkRule = defineClutterRule({
  name: 'shouted-link',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    return findLines(root, context, (el) => isShoutedLink(el, context));
  },
});

/** Blocks only: a link in capitals inside a sentence is part of that sentence. */
const PARAGRAPH_TAGS = new Set(['P', 'DIV']);

function isShoutedLink(el: Element, context: RuleContext): boolean {
  // Cheapest tests first: this runs on every line of the article.
  if (!PARAGRAPH_TAGS.has(el.tagName.toUpperCase())) return false;
  const text = context.text(el);
  if (text.length < 20 || text.length > 200 || text.split(' ').length < 4) return false;
  if (!isShouted(text, 15)) return false;
  // One link, and the whole line: several links in capitals are a menu, a link inside a sentence is prose.
  const links = el.querySelectorAll('a[href]');
  if (links.length !== 1 || linkDensity(el) < 0.9 || !linksWithinSite(links[0]!, context.pageUrl)) return false;
  // A line inside a list, table or heading belongs to that structure, not to the flow of paragraphs.
  return el.closest('li, td, th, h1, h2, h3, h4, h5, h6, figcaption') === null;
}
