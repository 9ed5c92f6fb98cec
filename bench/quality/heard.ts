/**
 * What a listener hears from each extractor: the Narrator's utterance list with
 * the reader's defaults (the same list as `lector extract --utterances`), for
 * Lector's article and for bare Readability's, cut by the same code.
 */
import type { Article, Block, Sentence } from '../../core/model';
import { collectBlocks } from '../../core/blocks';
import { splitIntoSentences } from '../../core/segment';
import { collapseWhitespace } from '../../core/text';
import { buildSpeechSegments, DEFAULT_READING_OPTIONS, type SegmentKind } from '../../speech/speech-segments';

export interface HeardLine {
  text: string;
  kind: SegmentKind;
}

export function lectorHeard(article: Article): HeardLine[] {
  return buildSpeechSegments(article, DEFAULT_READING_OPTIONS).map(({ text, kind }) => ({ text, kind }));
}

/**
 * Bare Readability's article as Lector's reader would say it: its HTML cut into
 * the same blocks and sentences, then the same speech segments. No clutter
 * rules, no sanitizing, no image descriptions: only what Readability kept.
 */
export function bareHeard(title: string, contentHtml: string, lang: string | null, parser: DOMParser): HeardLine[] {
  const body = parser.parseFromString(contentHtml, 'text/html').body;
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  collectBlocks(body).forEach((block, index) => {
    const firstSentence = sentences.length;
    for (const span of splitIntoSentences(block.text, lang)) sentences.push({ index: sentences.length, block: index, ...span });
    blocks.push({ index, kind: block.kind, ...(block.level === undefined ? {} : { level: block.level }), text: block.text, firstSentence, sentenceCount: sentences.length - firstSentence });
  });
  const article = { title: collapseWhitespace(title) || 'Untitled', blocks, sentences, imageDescriptions: [] };
  return buildSpeechSegments(article, DEFAULT_READING_OPTIONS).map(({ text, kind }) => ({ text, kind }));
}
