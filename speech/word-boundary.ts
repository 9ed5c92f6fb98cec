/** Turning a voice's `boundary` events into the word being spoken, in sentence coordinates. */
import type { SpeechSegment } from './speech-segments';
import type { CurrentWord } from './state';
import type { SpeechEventLike } from './synthesizer';

const WORD_AT_START = /^[\p{L}\p{N}\p{M}\p{Pc}'\u2019-]+/u;
const NON_SPACE_AT_START = /^\S+/u;

/**
 * The word a boundary event points at, or null for sentence boundaries and for
 * the heading announcement (not part of the article's text). `offset` is where
 * the utterance's text starts inside `segment.text` (after a resume mid-segment).
 */
export function wordFromBoundary(segment: SpeechSegment, offset: number, event: SpeechEventLike): CurrentWord | null {
  if (event.name !== undefined && event.name !== 'word') return null;
  if (!Number.isInteger(event.charIndex) || event.charIndex < 0) return null;
  const inSegment = offset + event.charIndex;
  if (inSegment < segment.prefixLength || inSegment >= segment.text.length) return null;
  const reported = event.charLength ?? 0;
  // Chrome before 77 and some engines report no length: measure the word ourselves.
  const length = reported > 0 ? Math.min(reported, segment.text.length - inSegment) : wordLengthAt(segment.text, inSegment);
  return {
    sentence: segment.sentence,
    block: segment.block,
    charIndex: segment.sentenceOffset + inSegment - segment.prefixLength,
    length,
  };
}

function wordLengthAt(text: string, index: number): number {
  const rest = text.slice(index);
  return (WORD_AT_START.exec(rest) ?? NON_SPACE_AT_START.exec(rest))?.[0].length ?? 0;
}
