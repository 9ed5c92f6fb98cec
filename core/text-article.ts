/**
 * An Article made from plain text, for pages where extraction found none: the
 * user's selection or all the text of the page, one block per line. Built
 * with DOM text nodes, so nothing in the text can become markup.
 */
import type { Article, Block, Sentence } from './model';
import { countWords, splitIntoSentences } from './segment';
import { collapseWhitespace } from './text';

/** More than a long book chapter; a page with more text than this is not something to listen to whole. */
const MAX_CHARACTERS = 200_000;
const WORDS_PER_MINUTE = 230;

export interface TextArticleMeta {
  title: string;
  url: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
}

export function articleFromText(text: string, meta: TextArticleMeta, doc: Document): Article | null {
  const lines = text.slice(0, MAX_CHARACTERS).split(/\n+/).map(collapseWhitespace).filter(Boolean);
  if (lines.length === 0) return null;
  const container = doc.createElement('div');
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  lines.forEach((line, index) => {
    const paragraph = doc.createElement('p');
    paragraph.setAttribute('data-lector-block', String(index));
    paragraph.textContent = line;
    container.appendChild(paragraph);
    const firstSentence = sentences.length;
    for (const span of splitIntoSentences(line, meta.lang)) sentences.push({ index: sentences.length, block: index, ...span });
    blocks.push({ index, kind: 'paragraph', text: line, firstSentence, sentenceCount: sentences.length - firstSentence });
  });
  const plain = lines.join('\n\n');
  const wordCount = countWords(plain, meta.lang);
  return {
    kind: 'article',
    url: meta.url,
    title: collapseWhitespace(meta.title) || meta.url || '',
    byline: null,
    siteName: null,
    lang: meta.lang,
    dir: meta.dir,
    publishedTime: null,
    excerpt: null,
    html: container.innerHTML,
    text: plain,
    headings: [],
    blocks,
    sentences,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed: [],
  };
}
