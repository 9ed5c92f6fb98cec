import { allDescendants } from '../element-walk';
import { normalizeForMatch } from '../text';
import { dropNested } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { hasAnyToken, isProse } from './support/signals';

const SHARE_TOKENS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'share-bar', 'sharetools', 'share-tools', 'social', 'socials',
  'social-share', 'social-links', 'addthis', 'sharethis', 'follow', 'follow-us',
]);

/**
 * "Share · Facebook · Twitter · Email · Copy link": buttons for the page, which
 * in a reader or read aloud are a string of brand names.
 */
export const shareBarRule = defineClutterRule({
  name: 'share-bar',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    const bars = allDescendants(root).filter((el) => {
      const text = context.text(el);
      if (text === '' || text.length > 200) return false;
      return isMadeOfShareWords(el, context) || (hasAnyToken(el, SHARE_TOKENS) && !isProse(el) && allShortItems(el));
    });
    return dropNested(bars);
  },
});

/** Every piece of text in the element is a share word or a count, and there are at least two (or one "share this"). */
function isMadeOfShareWords(el: Element, context: RuleContext): boolean {
  const pieces = textPieces(el);
  if (pieces.length === 0) return false;
  const allShare = pieces.every((piece) => context.lexicon.shareWords.has(piece) || /^\d[\d.,k]*$/.test(piece));
  if (!allShare) return false;
  const words = pieces.filter((piece) => !/^\d/.test(piece));
  // One phrase alone: "Share this", "Click To Tweet" (the button under a pull quote).
  return words.length >= 2 || (words.length === 1 && words[0]!.includes(' ') && /^(?:share|click to|tweet)/.test(words[0]!));
}

/** Text nodes of an element, normalized, with separators ("|", "·") dropped. */
function textPieces(el: Element): string[] {
  const pieces: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const part of (node.textContent ?? '').split(/[|·•/]/)) {
      const piece = normalizeForMatch(part).replace(/\s+\d[\d.,k]*$/, ''); // "facebook 120": a count
      if (piece) pieces.push(piece);
    }
  }
  return pieces;
}

function allShortItems(el: Element): boolean {
  const pieces = textPieces(el);
  return pieces.length > 0 && pieces.every((piece) => piece.length <= 30);
}
