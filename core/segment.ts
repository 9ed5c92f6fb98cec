/**
 * Sentences and words with Intl.Segmenter in the article's language, plus the
 * repair ICU's default rules need ("Maj.-Gen. Peter Dawe", "Am 12. März",
 * "5. Try yoga" are one sentence each; see sentence-continues.ts).
 */
import { continuesSentence } from './sentence-continues';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string | null, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${lang ?? ''}|${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined; // a malformed lang attribute must not stop extraction
    }
    found = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/**
 * Closing quotes and brackets at the start of a segment, up to a space or the end. Straight quotes
 * are left out: "Cook. \" You guys…" opens the next sentence as often as it closes the last one.
 */
const CLOSING_PUNCTUATION = /^[»”’)\]]+(?=\s|$)/u;

/** Sentences of one block of text, with offsets into it. */
export function splitIntoSentences(text: string, lang: string | null): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter(lang, 'sentence').segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    let start = index + leading;
    const previous = spans[spans.length - 1];
    // ICU breaks before a spaced closing guillemet ("Pas aujourd'hui. »"): it belongs to the sentence before.
    const closing = previous ? CLOSING_PUNCTUATION.exec(trimmed)?.[0].length ?? 0 : 0;
    if (previous && closing > 0) {
      previous.end = start + closing;
      previous.text = text.slice(previous.start, previous.end);
      const rest = text.slice(previous.end, start + trimmed.length);
      if (!rest.trim()) continue;
      start = previous.end + rest.length - rest.trimStart().length;
    }
    if (previous && continuesSentence(previous.text, text.slice(start, index + leading + trimmed.length), lang)) {
      previous.end = index + leading + trimmed.length;
      previous.text = text.slice(previous.start, previous.end);
      continue;
    }
    const end = index + leading + trimmed.length;
    spans.push({ text: text.slice(start, end), start, end });
  }
  return spans;
}

/** Scripts written without spaces between words: only these need a dictionary-based segmenter. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SPACED_WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Number of words. Intl.Segmenter's word mode costs ~0.4 ms per 1,000
 * characters (measured here), which dominated extraction time, so text in
 * space-separated scripts is counted with a regular expression and only
 * CJK/Thai-like text goes to the segmenter.
 */
export function countWords(text: string, lang: string | null): number {
  if (!UNSPACED_SCRIPT.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  let count = 0;
  for (const part of segmenter(lang, 'word').segment(text)) if (part.isWordLike) count++;
  return count;
}
