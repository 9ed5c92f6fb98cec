/**
 * Speech segments: what the Narrator speaks, one utterance each. A segment is a
 * sentence, or a piece of a long sentence, tagged with its block.
 */
import type { Article, BlockKind } from '../core/model';
import { MAX_SPEECH_CHUNK_LENGTH, splitIntoSpeechChunks } from '../core/speech-chunks';

/** Which blocks are read and how (see `DEFAULT_READING_OPTIONS` for the reasons behind the defaults). */
export interface ReadingOptions {
  /** Read the article's title first: a listener cannot glance at it to know what the article is. */
  readTitle: boolean;
  /** Leave code blocks out: code read aloud symbol by symbol is noise to a listener. */
  skipCode: boolean;
  /** Leave image captions and image descriptions (alt text) out. */
  skipCaptions: boolean;
  /** Say "Heading: " before a heading, as screen readers do, so a listener hears the structure. */
  announceHeadings: boolean;
  /** The word announced before headings; the overlay passes its localized label. */
  headingLabel: string;
  /** The word said before an image's description ("Image: …"); the overlay passes its localized label. */
  imageLabel: string;
}

/**
 * Defaults for listeners: code is skipped (noise when spoken); captions are kept
 * (for a reader who cannot see the image they are its only description); headings
 * are announced (the only way to hear where a section starts); the title is read
 * first (otherwise the listener never hears what the article is).
 */
export const DEFAULT_READING_OPTIONS: Readonly<ReadingOptions> = Object.freeze({
  readTitle: true,
  skipCode: true,
  skipCaptions: false,
  announceHeadings: true,
  headingLabel: 'Heading',
  imageLabel: 'Image',
});

/** `sentence` and `block` of the title's segments: the title is in neither `Article.sentences` nor `Article.blocks`. */
export const TITLE_PLACE = -1;

/** What a segment reads: a block's kind, `title` for the article's title (read first), `image` for an image's alt text. */
export type SegmentKind = BlockKind | 'title' | 'image';

export interface SpeechSegment {
  /** Position in the Narrator's segment list. */
  index: number;
  /** What is spoken, including a heading announcement. */
  text: string;
  /** Index in `Article.sentences`; `TITLE_PLACE` (-1) for the title. An image's is the sentence it follows. */
  sentence: number;
  /** Index in `Article.blocks`; `TITLE_PLACE` (-1) for the title. An image's is the block it follows. */
  block: number;
  kind: SegmentKind;
  /** Heading level, for headings. */
  level?: number;
  /** Where this piece starts inside the sentence's text (0 unless a long sentence was split). */
  sentenceOffset: number;
  /** Length of the announcement at the start of `text` that is not part of the sentence. */
  prefixLength: number;
}

/** True for the title's segments (not an article sentence: no block, no sentence). */
export function isTitleSegment(segment: Pick<SpeechSegment, 'kind'> | null | undefined): boolean {
  return segment?.kind === 'title';
}

/** Headings and the title: read with a short pause before and after (see `NarratorTiming.headingPauseMs`). */
export function isHeadingLike(segment: Pick<SpeechSegment, 'kind'> | null | undefined): boolean {
  return segment?.kind === 'heading' || segment?.kind === 'title';
}

/**
 * Builds the segments of an article in reading order: the title first (when
 * `readTitle` and it is not empty), then the sentences read. Malformed
 * sentences are left out, never thrown on.
 */
export function buildSpeechSegments(
  article: Pick<Article, 'blocks' | 'sentences'> & Partial<Pick<Article, 'title' | 'imageDescriptions'>>,
  options: ReadingOptions = DEFAULT_READING_OPTIONS,
): SpeechSegment[] {
  const segments: SpeechSegment[] = [];
  const images = options.skipCaptions ? new Map<number, string[]>() : descriptionsByBlock(article);
  // The image label falls back to English only for callers built before it existed (a partial options object).
  const imagePrefix = `${(options.imageLabel ?? DEFAULT_READING_OPTIONS.imageLabel).trim() || DEFAULT_READING_OPTIONS.imageLabel}: `;
  const addImages = (afterBlock: number, sentence: number) => {
    for (const description of images.get(afterBlock) ?? []) {
      splitIntoSpeechChunks(description, MAX_SPEECH_CHUNK_LENGTH - imagePrefix.length).forEach((chunk, chunkIndex) => {
        const prefix = chunkIndex === 0 ? imagePrefix : '';
        segments.push({ index: segments.length, text: prefix + chunk, sentence, block: afterBlock, kind: 'image', sentenceOffset: 0, prefixLength: prefix.length });
      });
    }
  };
  const title = typeof article.title === 'string' ? article.title.trim() : '';
  if (options.readTitle && title !== '' && !opensWithTitle(article, title)) {
    let searchFrom = 0;
    for (const chunk of splitIntoSpeechChunks(title, MAX_SPEECH_CHUNK_LENGTH)) {
      const sentenceOffset = title.indexOf(chunk, searchFrom);
      searchFrom = sentenceOffset + chunk.length;
      segments.push({
        index: segments.length,
        text: chunk,
        sentence: TITLE_PLACE,
        block: TITLE_PLACE,
        kind: 'title',
        sentenceOffset,
        prefixLength: 0,
      });
    }
  }
  addImages(TITLE_PLACE, TITLE_PLACE);
  const sentences = Array.isArray(article.sentences) ? article.sentences : [];
  const blocks = Array.isArray(article.blocks) ? article.blocks : [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (typeof sentence?.text !== 'string') return;
    // After a block's last sentence (read or skipped), the images that follow it.
    const endsBlock = sentences[sentenceIndex + 1]?.block !== sentence.block;
    const block = blocks[sentence.block];
    const kind: BlockKind = block?.kind ?? 'paragraph';
    if ((kind === 'code' && options.skipCode) || (kind === 'caption' && options.skipCaptions)) {
      if (endsBlock) addImages(sentence.block, sentenceIndex);
      return;
    }
    const label = options.headingLabel.trim();
    const announce = kind === 'heading' && options.announceHeadings && label !== '' && block?.firstSentence === sentenceIndex;
    const prefix = announce ? `${label}: ` : '';
    // Shorter chunks for the whole heading, so the announced first chunk still fits.
    const chunks = splitIntoSpeechChunks(sentence.text, MAX_SPEECH_CHUNK_LENGTH - prefix.length);
    let searchFrom = 0;
    chunks.forEach((chunk, chunkIndex) => {
      const sentenceOffset = sentence.text.indexOf(chunk, searchFrom);
      searchFrom = sentenceOffset + chunk.length;
      const chunkPrefix = chunkIndex === 0 ? prefix : '';
      segments.push({
        index: segments.length,
        text: chunkPrefix + chunk,
        sentence: sentenceIndex,
        block: sentence.block,
        kind,
        ...(block?.level !== undefined && kind === 'heading' ? { level: block.level } : {}),
        sentenceOffset,
        prefixLength: chunkPrefix.length,
      });
    });
    if (endsBlock) addImages(sentence.block, sentenceIndex);
  });
  return segments;
}

/** The article's image descriptions grouped by the block they follow; malformed entries are left out. */
function descriptionsByBlock(article: Partial<Pick<Article, 'imageDescriptions'>>): Map<number, string[]> {
  const byBlock = new Map<number, string[]>();
  for (const description of Array.isArray(article.imageDescriptions) ? article.imageDescriptions : []) {
    if (typeof description?.text !== 'string' || !Number.isInteger(description.afterBlock) || description.text.trim() === '') continue;
    byBlock.set(description.afterBlock, [...(byBlock.get(description.afterBlock) ?? []), description.text.trim()]);
  }
  return byBlock;
}

/**
 * For each segment, the 1-based ordinal of its sentence among the sentences read
 * (the title and each image description count as one; skipped blocks do not), and how many are read.
 */
export function sentenceOrdinals(segments: readonly SpeechSegment[]): { ordinals: number[]; count: number } {
  const ordinals: number[] = [];
  let count = 0;
  let last: number | null = null;
  for (const segment of segments) {
    // An image's description counts as one of its own, though it shares the place of the sentence before it.
    if (segment.sentence !== last || (segment.kind === 'image' && segment.prefixLength > 0)) count++;
    last = segment.sentence;
    ordinals.push(count);
  }
  return { ordinals, count };
}

/** For each segment, the characters from it to the end of the article (one more entry: 0), for time estimates. */
export function charactersFromEachSegment(segments: readonly SpeechSegment[]): number[] {
  const from = new Array<number>(segments.length + 1).fill(0);
  for (let i = segments.length - 1; i >= 0; i--) from[i] = (from[i + 1] ?? 0) + (segments[i]?.text.length ?? 0);
  return from;
}

/**
 * Whether the article's first block is a heading that already says the title (Readability keeps the
 * page's <h1> when it sits inside the article): then that heading is where the title is heard, not twice.
 */
function opensWithTitle(article: Pick<Article, 'blocks'>, title: string): boolean {
  const first = Array.isArray(article.blocks) ? article.blocks[0] : undefined;
  const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return first?.kind === 'heading' && words(first.text) === words(title);
}
