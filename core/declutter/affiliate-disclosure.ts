import { findLines } from './support/lines';
import { defineClutterRule } from './support/rule';
import { inRunningText } from './support/running-text';
import { hasAnyToken } from './support/signals';
import { walkTree } from '../text';

const DISCLOSURE_TOKENS = new Set(['disclosure', 'disclaimer', 'affiliate', 'affiliate-disclosure', 'commerce-disclaimer', 'editorial-note']);

/** Characters of article text before or after a disclosure for it to count as at the article's edge. */
const EDGE_TEXT = 300;

/**
 * Commerce disclosures ("Products are chosen independently by our editors.
 * Purchases made through our links may earn us a commission.", "This post may
 * contain affiliate links"): a legal notice about the site, printed at the top
 * or the foot of shopping and review articles. Only a whole short line at the
 * article's edge, or one the page marks as a disclosure, goes; an article about
 * affiliate marketing that uses the words in its prose keeps them.
 */
export const affiliateDisclosureRule = defineClutterRule({
  name: 'affiliate-disclosure',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    return findLines(
      root,
      context,
      (el, normalized) =>
        context.lexicon.disclosurePhrases.some((phrase) => normalized.includes(phrase)) &&
        !inRunningText(el) &&
        (hasAnyToken(el, DISCLOSURE_TOKENS) || atArticleEdge(el, root)),
    );
  },
});

/** Whether little article text comes before `el`, or after it. */
function atArticleEdge(el: Element, root: Element): boolean {
  let before = 0;
  let inside = 0;
  let after = 0;
  let state: 'before' | 'inside' | 'after' = 'before';
  walkTree(root, {
    text: (node) => {
      const length = node.data.trim().length;
      if (state === 'before') before += length;
      else if (state === 'inside') inside += length;
      else after += length;
    },
    enter: (child) => {
      if (child === el) state = 'inside';
      return true;
    },
    leave: (child) => {
      if (child === el) state = 'after';
    },
  });
  return inside > 0 && (before <= EDGE_TEXT || after <= EDGE_TEXT);
}
