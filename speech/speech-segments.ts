/**
 * Speech segments: what the Narrator speaks, one utterance each. A segment is a
 * sentence, or a piece of a long sentence, tagged with its block.
 */
import type { Article, BlockKind } from '../core/model';
import { MAX_SPEECH_CHUNK_LENGTH, splitIntoSpeechChunks } from '../core/speech-chunks';

/** Which blocks are read and how (see `DEFAULT_READING_OPTIONS` for the reasons behind the defaults). */
export interface ReadingOptions {
  /** Leave code blocks out: code read aloud symbol by symbol is noise to a listener. */
  skipCode: boolean;
  /** Leave image captions out. */
  skipCaptions: boolean;
  /** Say "Heading: " before a heading, as screen readers do, so a listener hears the structure. */
  announceHeadings: boolean;
  /** The word announced before headings; the overlay passes its localized label. */
  headingLabel: string;
}

/**
 * Defaults for listeners: code is skipped (noise when spoken); captions are kept
 * (for a reader who cannot see the image they are its only description); headings
 * are announced (the only way to hear where a section starts).
 */
export const DEFAULT_READING_OPTIONS: Readonly<ReadingOptions> = Object.freeze({
  skipCode: true,
  skipCaptions: false,
  announceHeadings: true,
  headingLabel: 'Heading',
});

export interface SpeechSegment {
  /** Position in the Narrator's segment list. */
  index: number;
  /** What is spoken, including a heading announcement. */
  text: string;
  /** Index in `Article.sentences`. */
  sentence: number;
  /** Index in `Article.blocks`. */
  block: number;
  kind: BlockKind;
  /** Heading level, for headings. */
  level?: number;
  /** Where this piece starts inside the sentence's text (0 unless a long sentence was split). */
  sentenceOffset: number;
  /** Length of the announcement at the start of `text` that is not part of the sentence. */
  prefixLength: number;
}

/** Builds the segments of an article in reading order. Malformed sentences are left out, never thrown on. */
export function buildSpeechSegments(
  article: Pick<Article, 'blocks' | 'sentences'>,
  options: ReadingOptions = DEFAULT_READING_OPTIONS,
): SpeechSegment[] {
  const segments: SpeechSegment[] = [];
  const sentences = Array.isArray(article.sentences) ? article.sentences : [];
  const blocks = Array.isArray(article.blocks) ? article.blocks : [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (typeof sentence?.text !== 'string') return;
    const block = blocks[sentence.block];
    const kind: BlockKind = block?.kind ?? 'paragraph';
    if ((kind === 'code' && options.skipCode) || (kind === 'caption' && options.skipCaptions)) return;
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
  });
  return segments;
}

/** For each segment, the characters from it to the end of the article (one more entry: 0), for time estimates. */
export function charactersFromEachSegment(segments: readonly SpeechSegment[]): number[] {
  const from = new Array<number>(segments.length + 1).fill(0);
  for (let i = segments.length - 1; i >= 0; i--) from[i] = (from[i + 1] ?? 0) + (segments[i]?.text.length ?? 0);
  return from;
}
