/**
 * Speech chunks: pieces of a sentence short enough for every speech engine.
 *
 * Chrome's network voices stop silently after about 15 s of speech, and Chrome's
 * own Reading mode caps remote-voice utterances at 175 characters; so does Lector.
 */

/** Chrome Reading mode's cap for one remote-voice utterance (characters). */
export const MAX_SPEECH_CHUNK_LENGTH = 175;

/**
 * Where a clause ends: `; : ,` (and their Arabic and full-width forms) followed by
 * optional closing quotes or brackets, em dashes, and spaced en dashes. A comma
 * inside "3,000" or a colon inside "10:30" is not followed by a space, so it is
 * not a boundary; an unspaced en dash is a range ("1990–2000"), not a clause.
 * The boundary is the end of each match.
 */
const CLAUSE_END = /[;:,\u060c\u061b]["'\u201d\u2019\u00bb)\]]*(?=\s)|\u2014["'\u201d\u2019\u00bb)\]]*|\u2013(?=\s)|[\uff0c\uff1b\uff1a\u3001]/g;

const WHITESPACE = /\s/;

/** How far past the window the word segmenter looks, so a cut-off last word does not invent a boundary. */
const SEGMENTER_LOOKAHEAD = 24;

let wordSegmenter: Intl.Segmenter | null | undefined;

/**
 * Splits `text` into chunks of at most `maxLength` UTF-16 code units, at the last
 * clause boundary that fits, else the last space, else the last word boundary
 * (languages written without spaces), and mid-word only when a single word is
 * longer than `maxLength`. Each chunk is a trimmed substring of `text`, in order,
 * so callers can find a chunk's offset with `indexOf`. Whitespace-only text gives `[]`.
 */
export function splitIntoSpeechChunks(text: string, maxLength = MAX_SPEECH_CHUNK_LENGTH): string[] {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`splitIntoSpeechChunks: maxLength must be a positive integer, got ${String(maxLength)}`);
  }
  const chunks: string[] = [];
  const end = trimmedEnd(text, text.length);
  let start = skipWhitespace(text, 0);
  while (start < end) {
    if (end - start <= maxLength) {
      chunks.push(text.slice(start, end));
      break;
    }
    const cut = findCut(text, start, start + maxLength);
    chunks.push(text.slice(start, trimmedEnd(text, cut)));
    start = skipWhitespace(text, cut);
  }
  return chunks;
}

/** Index where the chunk starting at `start` ends (exclusive), never beyond `limit`, always after `start`. */
function findCut(text: string, start: number, limit: number): number {
  return (
    lastClauseEnd(text, start, limit) ??
    lastSpace(text, start, limit) ??
    lastWordBoundary(text, start, limit) ??
    safeHardCut(text, start, limit)
  );
}

function lastClauseEnd(text: string, start: number, limit: number): number | null {
  // One character past the window, so the `(?=\s)` lookahead can see it.
  const window = text.slice(start, limit + 1);
  let best: number | null = null;
  for (const match of window.matchAll(CLAUSE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary > limit - start) break;
    best = start + boundary;
  }
  return best;
}

function lastSpace(text: string, start: number, limit: number): number | null {
  for (let i = limit; i > start; i--) {
    if (WHITESPACE.test(text[i] ?? '')) return i;
  }
  return null;
}

function lastWordBoundary(text: string, start: number, limit: number): number | null {
  const segmenter = getWordSegmenter();
  if (!segmenter) return null;
  let best: number | null = null;
  for (const { index } of segmenter.segment(text.slice(start, limit + SEGMENTER_LOOKAHEAD))) {
    if (index > limit - start) break;
    if (index > 0) best = start + index;
  }
  return best;
}

function safeHardCut(text: string, start: number, limit: number): number {
  const code = text.charCodeAt(limit - 1);
  const splitsSurrogatePair = code >= 0xd800 && code <= 0xdbff;
  return splitsSurrogatePair && limit - 1 > start ? limit - 1 : limit;
}

function getWordSegmenter(): Intl.Segmenter | null {
  if (wordSegmenter === undefined) {
    // Locale-independent: ICU segments CJK and Thai with dictionaries whatever the locale.
    wordSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return wordSegmenter;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITESPACE.test(text[i] ?? '')) i++;
  return i;
}

function trimmedEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && WHITESPACE.test(text[i - 1] ?? '')) i--;
  return i;
}
