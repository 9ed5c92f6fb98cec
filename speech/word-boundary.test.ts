import { describe, expect, it } from 'vitest';
import type { SpeechSegment } from './speech-segments';
import { wordFromBoundary } from './word-boundary';

const heading: SpeechSegment = {
  index: 0,
  text: 'Heading: Cats and dogs',
  sentence: 4,
  block: 2,
  kind: 'heading',
  level: 2,
  sentenceOffset: 0,
  prefixLength: 9,
};
const secondPiece: SpeechSegment = { ...heading, text: 'living together, happily', sentenceOffset: 40, prefixLength: 0, kind: 'paragraph' };

describe('wordFromBoundary', () => {
  it('maps a word to sentence coordinates, past the heading announcement', () => {
    expect(wordFromBoundary(heading, 0, { name: 'word', charIndex: 14, charLength: 3 })).toEqual({
      sentence: 4,
      block: 2,
      charIndex: 5,
      length: 3,
    });
  });

  it('ignores the announcement itself and sentence boundaries', () => {
    expect(wordFromBoundary(heading, 0, { name: 'word', charIndex: 0, charLength: 7 })).toBeNull();
    expect(wordFromBoundary(heading, 0, { name: 'sentence', charIndex: 9 })).toBeNull();
    expect(wordFromBoundary(heading, 0, { name: 'word', charIndex: -1 })).toBeNull();
  });

  it('adds the offset of a resumed utterance and of a later piece of the sentence', () => {
    expect(wordFromBoundary(secondPiece, 7, { name: 'word', charIndex: 0, charLength: 8 })).toEqual({
      sentence: 4,
      block: 2,
      charIndex: 47,
      length: 8,
    });
  });

  it('measures the word itself when the engine gives no length', () => {
    expect(wordFromBoundary(secondPiece, 0, { charIndex: 7 })?.length).toBe('together'.length);
    expect(wordFromBoundary(secondPiece, 0, { name: 'word', charIndex: 17, charLength: 0 })?.length).toBe('happily'.length);
  });
});
