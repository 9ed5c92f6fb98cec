import { dropNested, findLines } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { linkDensity } from './support/signals';

/**
 * Section menus ("Home · News · Sports · Business · Real estate") and lone
 * controls ("Skip to content", "Sign in", "Enlarge image") that Readability
 * leaves when a site nests them inside the article's container.
 */
export const navigationMenuRule = defineClutterRule({
  name: 'navigation-menu',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const menus = [...root.querySelectorAll('ul, ol, nav, menu')].filter((list) => isMenu(list, context));
    const controls = findLines(
      root,
      context,
      (el, normalized) =>
        context.lexicon.interfaceLabels.has(normalized) ||
        (/^\d{1,3}$/.test(normalized) && el.closest('figure') !== null), // a photo-count badge on a picture
    );
    return dropNested([...menus, ...controls]);
  },
});

/** Four or more items, each a link of at most three words: a menu, not a list the story makes. */
function isMenu(list: Element, context: RuleContext): boolean {
  if (list.matches('nav, menu')) return linkDensity(list) >= 0.8 && context.text(list).length <= 600;
  const items = [...list.children].filter((item) => item.tagName.toUpperCase() === 'LI');
  if (items.length < 4 || items.length !== list.children.length) return false;
  return items.every((item) => {
    const text = context.text(item);
    return text.length > 0 && text.length <= 25 && text.split(' ').length <= 3 && linkDensity(item) >= 0.9;
  });
}
