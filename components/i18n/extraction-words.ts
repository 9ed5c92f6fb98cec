/**
 * The reader's words for what extraction reports in codes: why each removed
 * piece went, and why there is no article. The tables are keyed by the engine's
 * own names, so a clutter rule or a no-article code without words fails tsc.
 * The CLI prints the same words, in English (cli/english-messages.ts).
 */
import type { ClutterRuleName } from '../../core/declutter/index';
import type { NoArticle, NoArticleCode } from '../../core/model';
import type { IMAGE_WITHOUT_SOURCE } from '../../core/image-alternatives';
import type { MEDIA_FALLBACK } from '../../core/media-fallback';
import type { WIDGET_HEADING } from '../../core/outline';
import type { Translate } from './messages';
import type { MessageKey } from './translate';

/** Every name a `Removal` can carry: the clutter rules, and the widget titles the outline drops. */
export type RemovalName = ClutterRuleName | typeof WIDGET_HEADING | typeof IMAGE_WITHOUT_SOURCE | typeof MEDIA_FALLBACK;

export const REMOVAL_REASON_KEYS: Record<RemovalName, MessageKey> = {
  'ad-label': 'removedAdLabel',
  'affiliate-disclosure': 'removedAffiliateDisclosure',
  'author-bio': 'removedAuthorBio',
  'call-to-action': 'removedCallToAction',
  'code-residue': 'removedCodeResidue',
  'empty-heading': 'removedEmptyHeading',
  'emptied-brackets': 'removedEmptiedBrackets',
  'gallery-counter': 'removedGalleryCounter',
  'kicker-label': 'removedKickerLabel',
  'print-only': 'removedPrintOnly',
  'tag-list': 'removedTagList',
  'title-repeat': 'removedTitleRepeat',
  'view-counter': 'removedViewCounter',
  comments: 'removedComments',
  'credit-or-dateline': 'removedCreditOrDateline',
  'navigation-menu': 'removedNavigation',
  newsletter: 'removedNewsletter',
  'page-address': 'removedPageAddress',
  'related-promo': 'removedRelatedPromo',
  repeated: 'removedRepeated',
  'share-bar': 'removedShareBar',
  'shouted-link': 'removedShoutedLink',
  'site-furniture': 'removedSiteFurniture',
  sponsored: 'removedSponsored',
  'teaser-grid': 'removedTeaserGrid',
  'teaser-list': 'removedTeaserList',
  'video-promo': 'removedVideoPromo',
  'widget-heading': 'removedWidgetHeading',
  'image-without-source': 'removedImageWithoutSource',
  'media-fallback': 'removedMediaFallback',
};

export const NO_ARTICLE_KEYS: Record<NoArticleCode, MessageKey> = {
  empty: 'noArticleEmpty',
  'not-html': 'noArticleNotHtml',
  'no-content': 'noArticleNoContent',
  'too-short': 'noArticleTooShort',
  'link-list': 'noArticleLinkList',
  'too-large': 'noArticleTooLarge',
  error: 'noArticleError',
  'frame-blocked': 'noArticleFrameBlocked',
  'frame-timeout': 'noArticleFrameTimeout',
  'no-sanitizer': 'noArticleNoSanitizer',
};

function isRemovalName(rule: string): rule is RemovalName {
  return Object.hasOwn(REMOVAL_REASON_KEYS, rule);
}

/** Why a piece was removed; a name from elsewhere (a rule passed in by a caller) is shown as it is. */
export function removalReason(t: Translate, rule: string): string {
  return isRemovalName(rule) ? t(REMOVAL_REASON_KEYS[rule]) : t('removedOther', [rule]);
}

/** Why there is no article, in the reader's language. */
export function noArticleReason(t: Translate, result: NoArticle): string {
  const key = NO_ARTICLE_KEYS[result.code];
  switch (result.code) {
    case 'too-short':
      return t(key, [String(result.wordCount)]);
    case 'error':
      return t(key, [result.detail]);
    default:
      return t(key);
  }
}
