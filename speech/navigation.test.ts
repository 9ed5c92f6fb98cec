import { describe, expect, it } from 'vitest';
import { nextUnitStart, previousUnitStart, segmentAtOrAfterBlock, segmentAtOrAfterSentence } from './navigation';
import { buildSpeechSegments } from './speech-segments';
import { buildArticle } from '../tests/fixtures/speech/build-article';

const long = 'A long sentence, ' + 'with many clauses, '.repeat(12) + 'and an end.';
// Segments:      title 'Fixture' | 0 H1 | 1 p.s1 | 2 p.s2a 3 p.s2b… | H2 | p | (code skipped) | p
const article = buildArticle([
  { kind: 'heading', level: 1, sentences: ['Title'] },
  { kind: 'paragraph', sentences: ['One.', long] },
  { kind: 'heading', level: 2, sentences: ['Section'] },
  { kind: 'paragraph', sentences: ['Two.', 'Three.'] },
  { kind: 'code', sentences: ['code();'] },
  { kind: 'paragraph', sentences: ['Four.'] },
]);
const segments = buildSpeechSegments(article);
const at = (sentence: number) => segments.findIndex((s) => s.sentence === sentence);
const sentenceOf = (index: number | null) => (index === null ? null : segments[index]?.sentence);

describe('navigation', () => {
  it('has a multi-piece sentence to test with', () => {
    expect(segments.filter((s) => s.sentence === 2).length).toBeGreaterThan(1);
  });

  it('next sentence skips the other pieces of a split sentence', () => {
    expect(sentenceOf(nextUnitStart(segments, at(2), 'sentence'))).toBe(3);
    expect(sentenceOf(nextUnitStart(segments, at(2) + 1, 'sentence'))).toBe(3);
    expect(nextUnitStart(segments, segments.length - 1, 'sentence')).toBeNull();
  });

  it('previous sentence lands on the first piece of the sentence before', () => {
    expect(previousUnitStart(segments, at(3), 'sentence')).toBe(at(2));
    expect(previousUnitStart(segments, at(2) + 1, 'sentence')).toBe(at(1));
    expect(previousUnitStart(segments, at(0), 'sentence')).toBe(0);
    expect(previousUnitStart(segments, segments.length, 'sentence')).toBe(segments.length - 1);
  });

  it('paragraph steps go block by block', () => {
    expect(sentenceOf(nextUnitStart(segments, at(1), 'paragraph'))).toBe(3);
    expect(sentenceOf(previousUnitStart(segments, at(5), 'paragraph'))).toBe(3);
    expect(sentenceOf(previousUnitStart(segments, at(7), 'paragraph'))).toBe(4);
  });

  it('heading steps: next heading, and previous goes to the current section heading first', () => {
    expect(sentenceOf(nextUnitStart(segments, at(0), 'heading'))).toBe(3);
    expect(nextUnitStart(segments, at(3), 'heading')).toBeNull();
    expect(sentenceOf(previousUnitStart(segments, at(5), 'heading'))).toBe(3);
    expect(sentenceOf(previousUnitStart(segments, at(3), 'heading'))).toBe(0);
    // Before the first heading, the title heads the article.
    expect(previousUnitStart(segments, at(0), 'heading')).toBe(0);
    expect(previousUnitStart(segments, 0, 'heading')).toBeNull();
  });

  it('steps from and to the title, which comes first; seeking to sentence or block 0 passes it by', () => {
    expect(segments[0]).toMatchObject({ kind: 'title', text: 'Fixture', sentence: -1, block: -1 });
    expect(sentenceOf(nextUnitStart(segments, 0, 'sentence'))).toBe(0);
    expect(sentenceOf(nextUnitStart(segments, 0, 'paragraph'))).toBe(0);
    expect(sentenceOf(nextUnitStart(segments, 0, 'heading'))).toBe(0);
    expect(previousUnitStart(segments, at(0), 'sentence')).toBe(0);
    expect(previousUnitStart(segments, at(0), 'paragraph')).toBe(0);
    expect(previousUnitStart(segments, 0, 'sentence')).toBeNull();
    expect(segmentAtOrAfterSentence(segments, 0)).toBe(at(0));
    expect(segmentAtOrAfterBlock(segments, 0)).toBe(at(0));
  });

  it('seeking to a skipped sentence or block lands on the next one read', () => {
    const code = article.blocks.findIndex((b) => b.kind === 'code');
    const codeSentence = article.blocks[code]?.firstSentence ?? -1;
    expect(sentenceOf(segmentAtOrAfterSentence(segments, codeSentence))).toBe(codeSentence + 1);
    expect(segments[segmentAtOrAfterBlock(segments, code) ?? -1]?.block).toBe(code + 1);
    expect(segmentAtOrAfterSentence(segments, 2)).toBe(at(2));
    expect(segmentAtOrAfterSentence(segments, 999)).toBeNull();
  });

  it('stops at an image description as at a sentence of its own, forward and back', () => {
    const pictured = buildSpeechSegments({
      ...buildArticle([
        { kind: 'paragraph', sentences: ['One.', 'Two.'] },
        { kind: 'paragraph', sentences: ['Three.'] },
      ]),
      imageDescriptions: [
        { afterBlock: -1, text: 'A lighthouse at dusk' },
        { afterBlock: 0, text: 'Boats in the harbour' },
        { afterBlock: 0, text: 'A map of the bay' },
      ],
    });
    const texts = pictured.map((s) => s.text);
    expect(texts).toEqual(['Fixture', 'Image: A lighthouse at dusk', 'One.', 'Two.', 'Image: Boats in the harbour', 'Image: A map of the bay', 'Three.']);
    const walk = (unit: 'sentence' | 'paragraph', step: typeof nextUnitStart) => {
      const seen: string[] = [];
      for (let i: number | null = step === nextUnitStart ? 0 : pictured.length; i !== null; i = step(pictured, i, unit)) seen.push(pictured[i]?.text ?? 'end');
      return seen;
    };
    expect(walk('sentence', nextUnitStart)).toEqual(texts);
    expect(walk('sentence', previousUnitStart)).toEqual(['end', ...[...texts].reverse()]);
    expect(walk('paragraph', nextUnitStart)).toEqual(['Fixture', 'Image: A lighthouse at dusk', 'One.', 'Image: Boats in the harbour', 'Image: A map of the bay', 'Three.']);
  });
});

