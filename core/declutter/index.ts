import type { Removal } from '../model';
import { allDescendants } from '../element-walk';
import { collapseWhitespace, normalizeForMatch, readableText, textOf } from '../text';
import { adLabelRule } from './ad-label';
import { affiliateDisclosureRule } from './affiliate-disclosure';
import { authorBioRule } from './author-bio';
import { callToActionRule } from './call-to-action';
import { codeResidueRule } from './code-residue';
import { emptiedBracketsRule } from './emptied-brackets';
import { emptyHeadingRule } from './empty-heading';
import { galleryCounterRule } from './gallery-counter';
import { kickerLabelRule } from './kicker-label';
import { printOnlyRule } from './print-only';
import { tagListRule } from './tag-list';
import { titleRepeatRule } from './title-repeat';
import { viewCounterRule } from './view-counter';
import { commentsRule } from './comments';
import { creditOrDatelineRule } from './credit-or-dateline';
import { defaultLexicon, type Lexicon } from './support/lexicon';
import { spaceLineBreaks } from './support/line-break-spaces';
import { LINE_TAGS, MAX_LINE_LENGTH } from './support/lines';
import { navigationMenuRule } from './navigation-menu';
import { pageAddressRule } from './page-address';
import { newsletterRule } from './newsletter';
import { relatedPromoRule } from './related-promo';
import type { ClutterRule, RuleContext } from './support/rule';
import { shareBarRule } from './share-bar';
import { shoutedLinkRule } from './shouted-link';
import { siteFurnitureRule } from './site-furniture';
import { sponsoredRule } from './sponsored';
import { repeatedRule } from './repeated';
import { teaserGridRule } from './teaser-grid';
import { teaserListRule } from './teaser-list';
import { measureTexts } from './support/text-measure';
import { videoPromoRule } from './video-promo';

export type { ClutterRule } from './support/rule';

/** Every rule, in the order they run: the most specific first, so reports name the best reason. */
export const clutterRules = [
  videoPromoRule,
  sponsoredRule,
  relatedPromoRule,
  adLabelRule,
  newsletterRule,
  affiliateDisclosureRule,
  callToActionRule,
  shareBarRule,
  commentsRule,
  authorBioRule,
  siteFurnitureRule,
  printOnlyRule,
  pageAddressRule,
  titleRepeatRule,
  navigationMenuRule,
  galleryCounterRule,
  viewCounterRule,
  tagListRule,
  creditOrDatelineRule,
  shoutedLinkRule,
  teaserGridRule,
  teaserListRule,
  repeatedRule,
  kickerLabelRule,
  codeResidueRule,
  emptiedBracketsRule,
  emptyHeadingRule,
] as const satisfies readonly ClutterRule[];

/** The name of every rule: the reader's removal reasons are keyed by it, so a new rule needs its words. */
export type ClutterRuleName = (typeof clutterRules)[number]['name'];

export interface DeclutterOptions {
  rules?: readonly ClutterRule[];
  lexicon?: Lexicon;
  /** The article's address (default: the document's URL); rules compare links with it. */
  pageUrl?: string | null;
  /** The article's title (as shown, and as the page gives it): rules drop copies of it under the title. */
  titles?: readonly string[];
}

/** Removes clutter from `root` in place and reports each removal with the rule that made it. */
export function declutter(root: Element, options: DeclutterOptions = {}): Removal[] {
  const lexicon = options.lexicon ?? defaultLexicon();
  const removed: Removal[] = [];
  const pageUrl = options.pageUrl === undefined ? documentUrl(root) : options.pageUrl;
  const { context, forgetAncestors } = createContext(root, lexicon, pageUrl, options.titles ?? []);
  for (const rule of options.rules ?? clutterRules) {
    for (const el of rule.find(root, context)) {
      if (el === root || !root.contains(el)) continue;
      removed.push({ rule: rule.name, text: readableText(el) });
      const parent = el.parentElement;
      el.remove();
      forgetAncestors(parent);
      pruneEmptyAncestors(parent, root);
    }
  }
  spaceLineBreaks(root);
  return removed;
}

/**
 * One text cache for all rules: computing every element's text once instead of
 * once per rule more than halved declutter time. A removal changes the text of
 * its ancestors only, so those are the entries forgotten.
 */
function documentUrl(root: Element): string | null {
  const url = root.ownerDocument.URL;
  return url && url !== 'about:blank' ? url : null;
}

function createContext(root: Element, lexicon: Lexicon, pageUrl: string | null, titles: readonly string[]): { context: RuleContext; forgetAncestors(el: Element | null): void } {
  const measured = measureTexts(root);
  const texts = new Map<Element, string>();
  const normalized = new Map<Element, string>();
  let lines: Element[] | null = null;
  const text = (el: Element): string => {
    let value = texts.get(el);
    if (value === undefined) {
      const raw = measured.get(el);
      texts.set(el, (value = typeof raw === 'string' ? collapseWhitespace(raw) : textOf(el)));
    }
    return value;
  };
  const context: RuleContext = {
    pageUrl,
    titles,
    lexicon,
    text,
    lines() {
      // A walk, not getElementsByTagName: spreading jsdom's live collection is quadratic (3 s on a long Wikipedia page).
      lines ??= allDescendants(root).filter((el) => {
        if (!LINE_TAGS.has(el.tagName.toUpperCase())) return false;
        const raw = measured.get(el);
        if (typeof raw === 'number') return false; // far longer than a line (undefined: re-measure below)
        const length = text(el).length;
        return length > 0 && length <= MAX_LINE_LENGTH;
      });
      return lines;
    },
    normalized(el) {
      let value = normalized.get(el);
      if (value === undefined) normalized.set(el, (value = normalizeForMatch(text(el))));
      return value;
    },
  };
  const forgetAncestors = (start: Element | null) => {
    for (let el = start; el; el = el.parentElement) {
      texts.delete(el);
      normalized.delete(el);
      measured.delete(el);
    }
    lines = null; // a shortened ancestor may now be a line
  };
  return { context, forgetAncestors };
}

const KEEP_EMPTY = 'img, picture, video, audio, svg, canvas, iframe, hr, br, math, table';

/**
 * Whether any text under `el` is more than whitespace (as `textContent.trim()` would say), stopping at the first
 * such text: the whole article's textContent after each of 50,000 removals was quadratic (#18).
 */
function hasVisibleText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 | 0x8); // NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as CharacterData).data.trim() !== '') return true;
  }
  return false;
}

/** Wrappers emptied by a removal (a figure that only held a promo) have nothing left to show or say. */
function pruneEmptyAncestors(start: Element | null, root: Element): void {
  for (let el = start; el && el !== root; ) {
    if (hasVisibleText(el) || el.matches(KEEP_EMPTY) || el.querySelector(KEEP_EMPTY)) return;
    const parent: Element | null = el.parentElement;
    el.remove();
    el = parent;
  }
}
