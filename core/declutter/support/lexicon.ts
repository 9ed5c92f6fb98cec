import { catalogues } from '../catalogue/index';
import type { LabelCatalogue } from '../catalogue/types';

/**
 * All catalogues merged into lookup structures. Labels of every language apply
 * to every page: sites mislabel their language, and a whole-line label like
 * "Anzeige" means the same on an English page.
 */
export interface Lexicon {
  languages: readonly string[];
  adLabels: ReadonlySet<string>;
  promoKickers: readonly string[];
  promoListHeadings: ReadonlySet<string>;
  videoKickers: readonly string[];
  sponsoredLabels: ReadonlySet<string>;
  sponsoredKickers: readonly string[];
  advertisingPitchHeadings: ReadonlySet<string>;
  newsletterPhrases: readonly string[];
  shareWords: ReadonlySet<string>;
  commentLabels: ReadonlySet<string>;
  errorReportLabels: ReadonlySet<string>;
  noticePhrases: readonly string[];
  replyLabels: ReadonlySet<string>;
  interfaceLabels: ReadonlySet<string>;
  creditPrefixes: readonly string[];
  datelinePrefixes: readonly string[];
  tagKickers: readonly string[];
  viewCountWords: readonly string[];
  callToActionLabels: ReadonlySet<string>;
  membershipPhrases: readonly string[];
  commentPolicyPhrases: readonly string[];
  disclosurePhrases: readonly string[];
  /** Matches a date such as "Jan 16, 2020", "16 janvier 2020", "16. Januar 2020". */
  datePattern: RegExp;
}

type ListKey = Exclude<keyof LabelCatalogue, 'lang'>;

function merged(list: readonly LabelCatalogue[], key: ListKey): string[] {
  return [...new Set(list.flatMap((c) => c[key]))];
}

/** Longest first, so "read more" wins over "more" when both could start a line. */
function byLengthDesc(items: string[]): string[] {
  return items.sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildLexicon(list: readonly LabelCatalogue[] = catalogues): Lexicon {
  const months = byLengthDesc(merged(list, 'months')).map(escapeRegExp).join('|');
  const month = `(?:${months})\\.?`;
  const datePattern = new RegExp(
    `(?:${month}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:de\\s+)?${month}\\s+(?:de\\s+)?\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})`,
    'iu',
  );
  return {
    languages: list.map((c) => c.lang),
    adLabels: new Set(merged(list, 'adLabels')),
    promoKickers: byLengthDesc(merged(list, 'promoKickers')),
    promoListHeadings: new Set(merged(list, 'promoListHeadings')),
    videoKickers: byLengthDesc(merged(list, 'videoKickers')),
    sponsoredLabels: new Set(merged(list, 'sponsoredLabels')),
    sponsoredKickers: byLengthDesc(merged(list, 'sponsoredKickers')),
    advertisingPitchHeadings: new Set(merged(list, 'advertisingPitchHeadings')),
    newsletterPhrases: byLengthDesc(merged(list, 'newsletterPhrases')),
    shareWords: new Set(merged(list, 'shareWords')),
    commentLabels: new Set(merged(list, 'commentLabels')),
    errorReportLabels: new Set(merged(list, 'errorReportLabels')),
    noticePhrases: byLengthDesc(merged(list, 'noticePhrases')),
    replyLabels: new Set(merged(list, 'replyLabels')),
    interfaceLabels: new Set(merged(list, 'interfaceLabels')),
    creditPrefixes: byLengthDesc(merged(list, 'creditPrefixes')),
    datelinePrefixes: byLengthDesc(merged(list, 'datelinePrefixes')),
    tagKickers: byLengthDesc(merged(list, 'tagKickers')),
    viewCountWords: byLengthDesc(merged(list, 'viewCountWords')),
    callToActionLabels: new Set(merged(list, 'callToActionLabels')),
    membershipPhrases: byLengthDesc(merged(list, 'membershipPhrases')),
    commentPolicyPhrases: byLengthDesc(merged(list, 'commentPolicyPhrases')),
    disclosurePhrases: byLengthDesc(merged(list, 'disclosurePhrases')),
    datePattern,
  };
}

let cached: Lexicon | undefined;
export function defaultLexicon(): Lexicon {
  return (cached ??= buildLexicon());
}
