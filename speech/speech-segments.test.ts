import { describe, expect, it } from 'vitest';
import { buildSpeechSegments, DEFAULT_READING_OPTIONS } from './speech-segments';
import { buildArticle } from '../tests/fixtures/speech/build-article';

const longSentence =
  'This sentence is long on purpose, so that it has to be split at a clause boundary; otherwise a network voice ' +
  'could stop speaking halfway, and nobody would notice until much later, when it is far too late to do anything.';

const article = buildArticle([
  { kind: 'heading', level: 2, sentences: ['Section one'] },
  { kind: 'paragraph', sentences: ['First sentence.', longSentence] },
  { kind: 'code', sentences: ['let x = 1;'] },
  { kind: 'caption', sentences: ['A photo of a cat.'] },
  { kind: 'list-item', sentences: ['An item.'] },
]);

describe('buildSpeechSegments', () => {
  it('makes one segment per sentence, tagged with block, kind and level, announcing headings', () => {
    const segments = buildSpeechSegments(article);
    expect(segments[0]).toEqual({
      index: 0,
      text: 'Heading: Section one',
      sentence: 0,
      block: 0,
      kind: 'heading',
      level: 2,
      sentenceOffset: 0,
      prefixLength: 'Heading: '.length,
    });
    expect(segments[1]).toMatchObject({ index: 1, text: 'First sentence.', sentence: 1, block: 1, kind: 'paragraph', prefixLength: 0 });
    expect(segments.map((s) => s.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'caption', 'list-item']);
    segments.forEach((segment, i) => expect(segment.index).toBe(i));
  });

  it('splits long sentences into pieces of at most 175 characters with their offsets', () => {
    const pieces = buildSpeechSegments(article).filter((s) => s.sentence === 2);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(175);
      expect(longSentence.slice(piece.sentenceOffset, piece.sentenceOffset + piece.text.length)).toBe(piece.text);
    }
  });

  it('skips code by default and keeps captions, as chosen for listeners', () => {
    expect(DEFAULT_READING_OPTIONS).toMatchObject({ skipCode: true, skipCaptions: false, announceHeadings: true });
    const kinds = (options: Partial<typeof DEFAULT_READING_OPTIONS>) =>
      buildSpeechSegments(article, { ...DEFAULT_READING_OPTIONS, ...options }).map((s) => s.kind);
    expect(kinds({})).not.toContain('code');
    expect(kinds({ skipCode: false })).toContain('code');
    expect(kinds({ skipCaptions: true })).not.toContain('caption');
  });

  it('reads headings plainly when announcements are off, and uses a localized label when given', () => {
    expect(buildSpeechSegments(article, { ...DEFAULT_READING_OPTIONS, announceHeadings: false })[0]).toMatchObject({
      text: 'Section one',
      prefixLength: 0,
    });
    expect(buildSpeechSegments(article, { ...DEFAULT_READING_OPTIONS, headingLabel: 'Überschrift' })[0]?.text).toBe(
      'Überschrift: Section one',
    );
  });

  it('keeps an announced long heading within the limit', () => {
    const heading = buildArticle([{ kind: 'heading', level: 1, sentences: [longSentence] }]);
    const segments = buildSpeechSegments(heading);
    expect(segments[0]?.text.startsWith('Heading: ')).toBe(true);
    expect(segments[1]?.prefixLength).toBe(0);
    for (const segment of segments) expect(segment.text.length).toBeLessThanOrEqual(175);
  });

  it('survives malformed input: empty sentences, unknown blocks, missing arrays', () => {
    const broken = buildArticle([{ kind: 'paragraph', sentences: ['Fine.', '   '] }]);
    broken.sentences.push({ index: 2, block: 99, text: 'Orphan sentence.', start: 0, end: 16 });
    const segments = buildSpeechSegments(broken);
    expect(segments.map((s) => s.text)).toEqual(['Fine.', 'Orphan sentence.']);
    expect(segments[1]?.kind).toBe('paragraph');
    expect(buildSpeechSegments({ blocks: undefined, sentences: undefined } as never)).toEqual([]);
  });
});
