import { normalizeForMatch } from '../text';
import { findLines, matchKicker } from './support/lines';
import { defineClutterRule, type RuleContext } from './support/rule';
import { startsWithPhrase } from './support/signals';

const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|[ecmp][sd]t|uhr|h)?\b/iu;
/**
 * Wire-copy credit lines: "(Reporting by …; Editing by …)". A closing "X contributed to this
 * report." is left alone: it is the agency's own last line, and a sentence.
 */
const REPORTING_CREDIT = /^\((?:reporting|writing|editing|additional reporting) by\b|^(?:reporting|writing) by\b.*;\s*editing by\b/iu;

const RELATIVE_TIME = /\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/iu;
const DURATION = /\b\d+\s*(?:min|mins|minute|minutes|minuto|minutos|minuten)\b/iu;

/**
 * "Photo: Jane Doe, AP", "By Justine Coleman - 11/18/19 11:04 PM EST",
 * "Filed under: Politics": credits and datelines that repeat what the reader's
 * header already shows, and that a listener hears as noise between paragraphs.
 */
export const creditOrDatelineRule = defineClutterRule({
  name: 'credit-or-dateline',
  languages: ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl'],
  find(root, context) {
    return findLines(root, context, (el, normalized) => {
      const length = context.text(el).length;
      if (REPORTING_CREDIT.test(context.text(el))) return length <= 300;
      if (length > 120) return false;
      return isCredit(normalized, length, context) || isDateline(el, normalized, context) || isTagLine(el, context);
    });
  },
});

/**
 * After a one-word prefix ("photo"), a credit goes on with ":", "/", "|", "©", "by" or an ellipsis before a
 * name ("Credit...Doug Mills/The New York Times"): "Photo by …", not "Photographs show…".
 */
const CREDIT_SEPARATOR = /^\s*(?:[:/|©]|by\b|credit|(?:\.{3}|…)\s*\p{L})/u;

/** "Natalie Naccache | Bloomberg | Getty Images": a credit line ends with an agency. */
const AGENCY_CREDIT = /(?:^|[|/,]\s*)(?:getty images|ap photo|associated press|reuters|afp|epa(?:-efe)?|efe|dpa|shutterstock|istock|bloomberg|alamy)$/u;

function isCredit(lineText: string, length: number, context: RuleContext): boolean {
  if (length > 70) return false; // a longer "Photo: …" line is a caption, which listeners want
  const normalized = lineText.replace(/^\((.*)\)$/u, '$1'); // "(Image: © TNG Collaboration)"
  if (AGENCY_CREDIT.test(normalized) && /[|/]/.test(normalized)) return true;
  return context.lexicon.creditPrefixes.some((prefix) => {
    if (normalized === prefix) return true;
    if (!startsWithPhrase(normalized, prefix)) return false;
    const rest = normalized.slice(prefix.length);
    return CREDIT_SEPARATOR.test(rest) || (prefix.includes(' ') && /^\s/.test(rest));
  });
}

/** A line that is a date, or a "Posted / Published / By …" line carrying one. */
function isDateline(el: Element, normalized: string, context: RuleContext): boolean {
  if (context.lexicon.datelinePrefixes.includes(normalized)) return true; // a lone "By" left by a script-filled byline
  const hasDate = context.lexicon.datePattern.test(normalized) || TIME.test(normalized) || RELATIVE_TIME.test(normalized);
  const stripped = normalizeForMatch(normalized.replace(new RegExp(context.lexicon.datePattern.source, 'giu'), ' ').replace(TIME, ' '));
  // Only a date: but dates in a table or list are data, not a dateline.
  if (hasDate && stripped.replace(/[\s|·•,\-–—]+/gu, '').length <= 3) return !el.closest('table, ul, ol, dl');
  const prefixed = context.lexicon.datelinePrefixes.some((prefix) => startsWithPhrase(normalized, prefix));
  if (!prefixed) return false;
  if (DURATION.test(normalized) && normalized.length <= 40) return true; // "Reading time: 3 min"
  return hasDate && !/[.!?]$/.test(context.text(el).replace(/\b(?:[ap]\.m|[A-Z][a-z]{0,3})\.$/, ''));
}

function isTagLine(el: Element, context: RuleContext): boolean {
  const line = matchKicker(el, context.text(el), context.lexicon.tagKickers);
  return line !== null && line.rest.length <= 80;
}
