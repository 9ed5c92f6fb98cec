import { allDescendants, descendantsWhere, firstDescendantWhere, named } from '../element-walk';
import { defineClutterRule, type RuleContext } from './support/rule';
import { childElements, hasUnlinkedProse } from './support/signals';

/**
 * A grid of story teasers ("RANDY ANDY / Andrew parties in unearthed pics…"),
 * each a small card with a thumbnail, a link to another story and a kicker or
 * headline. Known by shape: three or more siblings built the same way, each
 * short, with a picture, linking elsewhere.
 */
export const teaserGridRule = defineClutterRule({
  name: 'teaser-grid',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const found: Element[] = [];
    for (const parent of [root, ...root.querySelectorAll('div, section, ul, ol')]) {
      let run: Element[] = [];
      let shape = '';
      const flush = () => {
        if (run.length >= 3) found.push(...run);
        run = [];
        shape = '';
      };
      for (const child of childElements(parent)) {
        const childShape = isTeaserCard(child, context) ? shapeOf(child) : '';
        if (childShape && childShape === shape) run.push(child);
        else {
          flush();
          if (childShape) {
            run = [child];
            shape = childShape;
          }
        }
      }
      flush();
    }
    return found;
  },
});

const CARD_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'ASIDE']);

const isPicture = named('img', 'picture');
const isFigure = named('figure', 'figcaption');
/** `a[href]` */
const isLinkWithHref = (el: Element) => el.localName === 'a' && el.hasAttribute('href');

/** A short box that links to another page; not prose, not a figure (a photo gallery is content). */
function isTeaserCard(el: Element, context: RuleContext): boolean {
  // Cheapest tests first: this runs on every child of every container.
  if (!CARD_TAGS.has(el.tagName.toUpperCase())) return false;
  const text = context.text(el);
  if (text.length < 10 || text.length > 250) return false;
  // A teaser has a thumbnail; a list of linked sentences does not.
  if (!firstDescendantWhere(el, isPicture)) return false;
  if (firstDescendantWhere(el, isFigure) || hasUnlinkedProse(el)) return false;
  const links = descendantsWhere(el, isLinkWithHref);
  return links.some((a) => !/\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i.test(a.getAttribute('href') ?? ''));
}

/**
 * The set of tags a card is built from. A set, not a sequence, so one card with
 * an extra badge ("Warning", a video icon) still matches its neighbours.
 */
function shapeOf(el: Element): string {
  const tags = new Set<string>([el.tagName]);
  for (const descendant of allDescendants(el)) tags.add(descendant.tagName);
  return [...tags].sort().join(' ');
}
