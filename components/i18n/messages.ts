/**
 * The reader's words. Components get a `Translate` function (the extension's
 * `browser.i18n.getMessage`, or a table in unit tests) instead of calling
 * extension APIs themselves.
 */
import type { MessageKey } from './translate';

export type Translate = (key: MessageKey, substitutions?: string[]) => string;

/** Why each declutter rule removes what it removes (core/declutter rule names). */
const REMOVAL_REASON_KEYS: Record<string, MessageKey> = {
  'ad-label': 'removedAdLabel',
  comments: 'removedComments',
  'credit-or-dateline': 'removedCreditOrDateline',
  navigation: 'removedNavigation',
  newsletter: 'removedNewsletter',
  'related-promo': 'removedRelatedPromo',
  'share-bar': 'removedShareBar',
  'site-furniture': 'removedSiteFurniture',
  sponsored: 'removedSponsored',
  'video-promo': 'removedVideoPromo',
  'widget-heading': 'removedWidgetHeading',
};

export function removalReason(t: Translate, rule: string): string {
  const key = REMOVAL_REASON_KEYS[rule];
  return key ? t(key) : t('removedOther', [rule]);
}

/** "About 3 min left" / "Less than a minute left". */
export function timeLeft(t: Translate, seconds: number): string {
  return seconds < 60 ? t('readerUnderAMinuteLeft') : t('readerMinutesLeft', [String(Math.round(seconds / 60))]);
}
