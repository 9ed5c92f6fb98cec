/**
 * Byline and date apart. Sites print "Carrie Arnold" and "November 15" in one
 * byline block with no space between them, and Readability's byline is that
 * block's text: "Carrie ArnoldNovember 15". Shown or read, the two run into
 * one word. The date is cut off into a field of its own.
 */
import { catalogues } from './declutter/catalogue/index';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MONTHS = [...new Set(catalogues.flatMap((c) => c.months))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const MONTH = `(?:${MONTHS})\\.?`;
/** "November 15", "Nov. 15, 2019", "15 novembre 2019", "15. November", "12 de marzo de 2020", "2019-11-15", "15/11/2019". */
const DATE = new RegExp(
  `(?:${MONTH}\\s*\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)|\\d{1,2}(?:er|º)?\\.?\\s+(?:de\\s+)?${MONTH}(?:\\s+(?:de\\s+)?\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`,
  'iu',
);
/** What joins a name and a date: "|", "·", ",", "-", "on", "Published", "Updated". */
const JOINERS = /^[\s|·•,;:\-–—]+|[\s|·•,;:\-–—]+$|\s*\b(?:on|le|el|am|il|em|op|published|updated|posted|publié|publicado|veröffentlicht)\s*:?\s*$/giu;

function tidy(text: string): string {
  let previous: string;
  let current = text;
  do {
    previous = current;
    current = current.replace(JOINERS, '').trim();
  } while (current !== previous);
  return current;
}

export interface BylineAndDate {
  byline: string | null;
  date: string | null;
}

/**
 * Splits a date off the byline. The month must start a word or follow a
 * letter in another case ("ArnoldNovember": a name run into the date), so a
 * name such as "April Ryan" or "Mayberry" is not a date.
 */
export function splitBylineDate(byline: string | null): BylineAndDate {
  if (!byline) return { byline: null, date: null };
  for (let from = 0; from < byline.length; ) {
    const match = DATE.exec(byline.slice(from));
    if (!match) break;
    const start = from + match.index;
    const before = byline[start - 1] ?? ' ';
    const after = byline[start + match[0].length] ?? ' ';
    const wordStart = /[^\p{L}\p{N}]/u.test(before) || (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(byline[start] ?? ''));
    if (wordStart && !/\p{L}/u.test(after)) {
      const date = tidy(byline.slice(start));
      const name = tidy(byline.slice(0, start));
      return { byline: name === '' ? null : name, date: date === '' ? null : date };
    }
    from = start + 1;
  }
  return { byline, date: null };
}
