/**
 * Whether a sentence break ICU's default rules put between two segments is
 * false. ICU (Unicode UAX #29) breaks after any period followed by a space and
 * a capital letter, so it cuts "Dr." | "Smith", "Am 12." | "März",
 * "SANTA FE, N.M." | "(AP) — …" and "5." | "Try yoga"; a listener then hears
 * the fragment as a sentence of its own. ICU's own exception lists
 * (`-u-ss-standard`) are not reachable through Intl.Segmenter (V8 drops the
 * keyword, checked on Node 20's ICU), so Lector repairs the breaks here.
 */
import { abbreviationsFor, type AbbreviationSets } from './sentence-abbreviations';

/** Characters of the text before a break that the rules look at: longer than any abbreviation run ("Prof. Dr. med."). */
const TAIL_LENGTH = 40;
/** A list marker, heading number or Q&A label alone: "5.", "IV.", "b)", "(3)", "Q.". */
const MARKER_ONLY = /^(?:\(?\d{1,3}[.)]|[IVXLC]{1,6}\.|\(?[a-zA-Z][.)])$/u;
/** A numbered heading's label: "Step 2.", "Chapter 7.", "Schritt 3.". */
const NUMBERED_LABEL = /^\p{Lu}\p{Ll}+\s+\d{1,3}\.$/u;
/** The same marker at the end of a segment, after a colon or dash: "Here is how: 1." */
const MARKER_AFTER_COLON = /[:\u2014\u2013]\s+(?:\d{1,3}|[IVXLC]{1,6}|[a-z])[.)]$/u;
/** A German ordinal before the break: "am 12.", "im 19.", "zum 3.". */
const ORDINAL_END = /(?:^|[\s(])(\p{L}+\s+)?\d{1,4}\.$/u;
/** A wire credit after a dateline: "(AP) —", "(Reuters) -", "(dpa) –". */
const WIRE_CREDIT = /^\(\s*\p{L}[\p{L}/.\s-]{0,30}\)\s*[—–-]/u;
/**
 * A question or exclamation inside a quotation, then its attribution: "“Why now?” he asked.",
 * "« Est-ce la fin ? » a demandé…" (French sets a space, often a narrow no-break one, inside the guillemets).
 */
const QUOTED_STERM = /[?!][\s\u00a0\u202f]*[”"’»)]+$/u;
const OPENING_LOWER = /^\p{Ll}/u;
/** German street names: "Hauptstr. 12", "Bahnhofstr. 3". */
const GERMAN_STREET = /\p{L}str$/u;
/** A dotted short word that continues "z." or "p.": "B.", "ex.", "h.". */
const DOTTED_PIECE = /^\p{L}{1,3}\./u;
const WHITESPACE_RUN = /\s+/u;
const DOTTED_TOKEN = /^[("«“]*\p{L}{1,4}\.$/u;
const OPENING_PUNCTUATION = /^[("«“'‘[]+/u;
/** Words between which ICU breaks: the segment's last few tokens and the next segment's first word. */
const FIRST_WORD = /^["'«“‘(\[]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
const OPENING_DIGIT = /^["'«“‘(\[]*\p{N}/u;

/** Words German puts before an ordinal date or rank: "am 12. März", "zum 3. Mal". */
const GERMAN_ORDINAL_LEADS = new Set(
  'am im vom zum zur beim der die das dem den des ein eine einem einer seit bis ab vor nach bei für an'.split(' '),
);
/** German month names that are no English word, so "12. März" joins even on a page mislabelled as English. */
const GERMAN_ONLY_MONTHS = new Set('januar jänner februar märz mai juni juli oktober dezember'.split(' '));

/**
 * The abbreviation that ends `text`, as written, without its final period and
 * inner spaces ("z. B." → `z.b`), tried longest first over the last tokens;
 * several tokens join only when each is itself dotted ("EE. UU.", "p. ex.").
 */
function trailingAbbreviations(text: string): string[] {
  if (!text.endsWith('.')) return [];
  const tokens = text.slice(0, -1).split(WHITESPACE_RUN);
  // Earlier tokens join the last one only while each is itself a dotted piece ("EE." before "UU").
  let first = tokens.length - 1;
  while (first > 0 && tokens.length - first < 4 && DOTTED_TOKEN.test(tokens[first - 1]!)) first--;
  const found: string[] = [];
  for (let from = first; from < tokens.length; from++) {
    const joined = tokens.slice(from).join('').replace(OPENING_PUNCTUATION, '');
    if (!joined) continue;
    found.push(joined);
    // "Maj.-Gen." is also `gen`.
    const hyphen = Math.max(joined.lastIndexOf('-'), joined.lastIndexOf('‐'));
    if (hyphen >= 0 && hyphen < joined.length - 1) found.push(joined.slice(hyphen + 1));
  }
  return found;
}

function firstWord(text: string): string {
  return FIRST_WORD.exec(text)?.[1]?.toLowerCase() ?? '';
}

/**
 * "J.", "N.M.": capital initials end a sentence only before a sentence-starting
 * word. A small letter ("z.", "p.", "h.") continues only into another dotted
 * piece ("z. B.", "p. ex."); "à 10.30 h. Nadie…" ends there.
 */
function initialContinues(abbreviation: string, after: string): boolean {
  if (/^(?:\p{L}\.)*\p{Lu}$/u.test(abbreviation)) return true;
  return /^\p{Ll}$/u.test(abbreviation) && DOTTED_PIECE.test(after);
}

function continuesAfterAbbreviation(before: string, after: string, sets: AbbreviationSets): boolean {
  const candidates = trailingAbbreviations(before);
  if (candidates.length === 0) return false;
  const next = firstWord(after);
  const startsSentence = sets.starters.has(next);
  for (const written of candidates) {
    const abbreviation = written.toLowerCase();
    if (sets.titles.has(abbreviation)) return true;
    if (sets.beforeNumber.has(abbreviation) && OPENING_DIGIT.test(after)) return true;
    const ambiguous = sets.ambiguous.has(abbreviation) || GERMAN_STREET.test(abbreviation) || initialContinues(written, after);
    if (ambiguous && !startsSentence) return true;
  }
  return false;
}

function continuesAfterOrdinal(before: string, after: string, lang: string | null, sets: AbbreviationSets): boolean {
  const match = ORDINAL_END.exec(before);
  if (!match) return false;
  const next = firstWord(after);
  const german = lang?.toLowerCase().startsWith('de') ?? false;
  if (!german) return GERMAN_ONLY_MONTHS.has(next);
  if (sets.ordinalNouns.has(next)) return true;
  const lead = match[1]?.trim().toLowerCase();
  return lead !== undefined && GERMAN_ORDINAL_LEADS.has(lead) && !sets.starters.has(next);
}

/**
 * True when the break ICU put between `before` and `after` (two trimmed,
 * consecutive segments of one block) is inside a sentence.
 */
export function continuesSentence(before: string, after: string, lang: string | null): boolean {
  if (MARKER_ONLY.test(before) || NUMBERED_LABEL.test(before)) return true;
  // Only the end of `before` matters; matching end-anchored patterns on a whole long sentence costs O(length) each.
  const tail = before.length > TAIL_LENGTH ? before.slice(-TAIL_LENGTH) : before;
  if (MARKER_AFTER_COLON.test(tail)) return true;
  if (QUOTED_STERM.test(tail) && OPENING_LOWER.test(after)) return true;
  if (WIRE_CREDIT.test(after)) return true;
  const sets = abbreviationsFor(lang);
  return continuesAfterOrdinal(tail, after, lang, sets) || continuesAfterAbbreviation(tail, after, sets);
}
