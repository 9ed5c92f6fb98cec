import { describe, expect, it } from 'vitest';
import { buildSpeechSegments, DEFAULT_READING_OPTIONS, sentenceOrdinals, TITLE_PLACE } from './speech-segments';
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

/** The body only: most tests here are about the article's sentences, not its title. */
const BODY = { ...DEFAULT_READING_OPTIONS, readTitle: false };

describe('buildSpeechSegments', () => {
  it('makes one segment per sentence, tagged with block, kind and level, announcing headings', () => {
    const segments = buildSpeechSegments(article, BODY);
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
    const pieces = buildSpeechSegments(article, BODY).filter((s) => s.sentence === 2);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(175);
      expect(longSentence.slice(piece.sentenceOffset, piece.sentenceOffset + piece.text.length)).toBe(piece.text);
    }
  });

  it('skips code by default and keeps captions, as chosen for listeners', () => {
    expect(DEFAULT_READING_OPTIONS).toMatchObject({ skipCode: true, skipCaptions: false, announceHeadings: true });
    const kinds = (options: Partial<typeof DEFAULT_READING_OPTIONS>) =>
      buildSpeechSegments(article, { ...BODY, ...options }).map((s) => s.kind);
    expect(kinds({})).not.toContain('code');
    expect(kinds({ skipCode: false })).toContain('code');
    expect(kinds({ skipCaptions: true })).not.toContain('caption');
  });

  it('reads headings plainly when announcements are off, and uses a localized label when given', () => {
    expect(buildSpeechSegments(article, { ...BODY, announceHeadings: false })[0]).toMatchObject({
      text: 'Section one',
      prefixLength: 0,
    });
    expect(buildSpeechSegments(article, { ...BODY, headingLabel: 'Überschrift' })[0]?.text).toBe(
      'Überschrift: Section one',
    );
  });

  it('keeps an announced long heading within the limit', () => {
    const heading = buildArticle([{ kind: 'heading', level: 1, sentences: [longSentence] }]);
    const segments = buildSpeechSegments(heading, BODY);
    expect(segments[0]?.text.startsWith('Heading: ')).toBe(true);
    expect(segments[1]?.prefixLength).toBe(0);
    for (const segment of segments) expect(segment.text.length).toBeLessThanOrEqual(175);
  });

  it('survives malformed input: empty sentences, unknown blocks, missing arrays', () => {
    const broken = buildArticle([{ kind: 'paragraph', sentences: ['Fine.', '   '] }]);
    broken.sentences.push({ index: 2, block: 99, text: 'Orphan sentence.', start: 0, end: 16 });
    const segments = buildSpeechSegments(broken, BODY);
    expect(segments.map((s) => s.text)).toEqual(['Fine.', 'Orphan sentence.']);
    expect(segments[1]?.kind).toBe('paragraph');
    expect(buildSpeechSegments({ blocks: undefined, sentences: undefined } as never)).toEqual([]);
  });

  it('reads the title first by default, as its own segments at sentence and block -1, never announced', () => {
    expect(DEFAULT_READING_OPTIONS.readTitle).toBe(true);
    const titled = buildArticle([{ kind: 'paragraph', sentences: ['Body.'] }], 'en', '  The Title  ');
    const segments = buildSpeechSegments(titled);
    expect(segments[0]).toEqual({
      index: 0,
      text: 'The Title',
      sentence: TITLE_PLACE,
      block: TITLE_PLACE,
      kind: 'title',
      sentenceOffset: 0,
      prefixLength: 0,
    });
    expect(segments.map((s) => s.text)).toEqual(['The Title', 'Body.']);
    expect(segments[1]?.index).toBe(1);
    expect(buildSpeechSegments(titled, BODY).map((s) => s.text)).toEqual(['Body.']);
    // An empty or blank title is not read.
    expect(buildSpeechSegments(buildArticle([{ kind: 'paragraph', sentences: ['Body.'] }], 'en', '   ')).map((s) => s.kind)).toEqual([
      'paragraph',
    ]);
  });

  it('does not read the title twice when the article opens with a heading that says it', () => {
    const opens = buildArticle(
      [
        { kind: 'heading', level: 1, sentences: ['Harbour ferry adds a winter timetable'] },
        { kind: 'paragraph', sentences: ['Body.'] },
      ],
      'en',
      'Harbour  ferry adds a Winter timetable',
    );
    expect(buildSpeechSegments(opens).map((s) => s.text)).toEqual(['Heading: Harbour ferry adds a winter timetable', 'Body.']);
    // A first heading that says something else is a section: the title is read before it.
    const section = buildArticle([{ kind: 'heading', level: 2, sentences: ['Background'] }], 'en', 'The story');
    expect(buildSpeechSegments(section).map((s) => s.text)).toEqual(['The story', 'Heading: Background']);
  });

  it('splits a long title into chunks of at most 175 characters, all of the title', () => {
    const titled = buildArticle([{ kind: 'paragraph', sentences: ['Body.'] }], 'en', longSentence);
    const title = buildSpeechSegments(titled).filter((s) => s.kind === 'title');
    expect(title.length).toBeGreaterThan(1);
    for (const piece of title) {
      expect(piece.text.length).toBeLessThanOrEqual(175);
      expect(longSentence.slice(piece.sentenceOffset, piece.sentenceOffset + piece.text.length)).toBe(piece.text);
    }
  });

  it('counts the sentences read: the title as one, a split sentence as one, skipped code not at all', () => {
    const titled = { ...article, title: 'The Title' };
    const segments = buildSpeechSegments(titled);
    const { ordinals, count } = sentenceOrdinals(segments);
    // Title, heading, 'First sentence.', the long one (split), caption, item; the code block is skipped.
    expect(count).toBe(6);
    expect(ordinals[0]).toBe(1);
    expect(ordinals.at(-1)).toBe(6);
    const long = segments.flatMap((s, i) => (s.sentence === 2 ? [ordinals[i]] : []));
    expect(new Set(long)).toEqual(new Set([4]));
    expect(sentenceOrdinals(buildSpeechSegments(titled, { ...DEFAULT_READING_OPTIONS, skipCaptions: true })).count).toBe(5);
    expect(sentenceOrdinals(buildSpeechSegments(titled, { ...DEFAULT_READING_OPTIONS, skipCode: false })).count).toBe(7);
  });

  describe('image descriptions', () => {
    const pictured = {
      ...buildArticle(
        [
          { kind: 'paragraph', sentences: ['First.', 'Second.'] },
          { kind: 'caption', sentences: ['Caption.'] },
          { kind: 'paragraph', sentences: ['Last.'] },
        ],
        'en',
        'The Title',
      ),
      imageDescriptions: [
        { afterBlock: -1, text: 'A lighthouse at dusk' },
        { afterBlock: 0, text: 'Fishermen on the quay' },
        { afterBlock: 0, text: 'x'.repeat(10) + ' ' + 'A very long description of a harbour map. '.repeat(6) },
        { afterBlock: 7, text: 'Lost: no such block' },
        { afterBlock: 2, text: '   ' },
      ],
    };

    it('reads each after the block it follows, labelled, in chunks of at most 175 characters', () => {
      const segments = buildSpeechSegments(pictured);
      expect(segments.map((s) => `${s.kind}:${s.text.slice(0, 28)}`)).toEqual([
        'title:The Title',
        'image:Image: A lighthouse at dusk',
        'paragraph:First.',
        'paragraph:Second.',
        'image:Image: Fishermen on the quay',
        'image:Image: xxxxxxxxxx A very lon',
        `image:${segments[6]!.text.slice(0, 28)}`,
        'caption:Caption.',
        'paragraph:Last.',
      ]);
      // The long description's second chunk goes on where the first stopped, unlabelled.
      expect(segments[6]).toMatchObject({ kind: 'image', prefixLength: 0 });
      expect(segments[6]!.text.startsWith('Image')).toBe(false);
      const long = pictured.imageDescriptions[2]!.text;
      expect(`${segments[5]!.text.slice('Image: '.length)} ${segments[6]!.text}`.replace(/\s+/g, ' ')).toBe(long.replace(/\s+/g, ' ').trim());
      const fishermen = segments[4]!;
      expect(fishermen).toMatchObject({ sentence: 1, block: 0, prefixLength: 'Image: '.length, sentenceOffset: 0 });
      expect(segments[1]).toMatchObject({ sentence: TITLE_PLACE, block: TITLE_PLACE });
      for (const segment of segments) expect(segment.text.length).toBeLessThanOrEqual(175);
      expect(buildSpeechSegments(pictured, { ...DEFAULT_READING_OPTIONS, imageLabel: 'Bild' })[1]?.text).toBe('Bild: A lighthouse at dusk');
    });

    it('leaves them out with the captions, and counts each one read as a sentence of its own', () => {
      const without = buildSpeechSegments(pictured, { ...DEFAULT_READING_OPTIONS, skipCaptions: true });
      expect(without.map((s) => s.kind)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
      // Title, lighthouse, First, Second, fishermen, the long one (two chunks, one count), caption, Last.
      expect(sentenceOrdinals(buildSpeechSegments(pictured)).count).toBe(8);
      expect(sentenceOrdinals(without).count).toBe(4);
    });

    it('follows a skipped block too (the code is not read, the picture after it is)', () => {
      const code = { ...buildArticle([{ kind: 'code', sentences: ['let x;'] }, { kind: 'paragraph', sentences: ['After.'] }]), imageDescriptions: [{ afterBlock: 0, text: 'A diagram of the loop' }] };
      expect(buildSpeechSegments(code, BODY).map((s) => s.text)).toEqual(['Image: A diagram of the loop', 'After.']);
    });
  });
});
