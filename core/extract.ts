/**
 * extractArticle: Document clone → Readability → declutter → sanitize → Article.
 * Never modifies the document it is given and never throws: every failure is a
 * `NoArticle` with a code (and its data) that the reader turns into words.
 */
import type { WindowLike } from 'dompurify';
import { titleWithoutSiteName } from './article-title';
import { collectBlocks } from './blocks';
import { splitBylineDate } from './byline-date';
import { collectImageDescriptions } from './image-descriptions';
import { declutter, type ClutterRule } from './declutter/index';
import { dropMediaFallbacks } from './media-fallback';
import { settleImageAlternatives } from './image-alternatives';
import { guessDirection, pickLanguage } from './language';
import { unreadable, type Article, type ExtractResult, type Heading, type NoArticle, type Sentence } from './model';
import { assignHeadingIds, restoreHeadingLevels, settleLowWeightHeadings } from './outline';
import { runReadability, type ReadabilityOutput } from './readability-run';
import { sanitizeInPlace } from './sanitize';
import { countWords, splitIntoSentences } from './segment';
import { PAGE_LIMITS, pageExcess, type PageLimits } from './page-limits';
import { collapseWhitespace, linkedTextLength, walkTree } from './text';

export interface ExtractOptions {
  /** The page's address, for relative links and the model's `url`. */
  url?: string;
  /** Window whose DOM implementation sanitizes (a jsdom window in Node); defaults to the document's or the global one. */
  window?: WindowLike;
  /** Clutter rules to apply; all of them by default. */
  rules?: readonly ClutterRule[];
  /** Sizes beyond which the page is `too-large` (core/page-limits.ts); tests lower them. */
  limits?: PageLimits;
  /** The caller already found `doc` within `limits` (the frame checks before Readability): not walked again. */
  withinLimits?: boolean;
  /**
   * Readability's answer for this page, found before the pipeline ran (null: it found no article), its content an
   * element of `doc`'s own document or a detached one; Readability runs in the pipeline when absent.
   */
  readability?: ReadabilityOutput | null;
}

/** Fewer words than this is a fragment, not an article worth a reader view. */
export const MIN_ARTICLE_WORDS = 25;
const WORDS_PER_MINUTE = 230;

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractResult {
  return runExtractSteps(extractSteps(doc, options));
}

/**
 * Where the pipeline pauses: after each of these a caller may yield to the event loop, and stop (see
 * core/run-steps.ts). Readability and each stage still run whole; the pauses are between them.
 */
export type ExtractStage = 'parse' | 'limits' | 'clone' | 'readability' | 'declutter' | 'sanitize' | 'blocks' | 'sentences';

/** The pipeline, one stage at a time: it yields the stage it finished and returns the result. */
export type ExtractSteps = Generator<ExtractStage, ExtractResult, void>;

/** Runs every step at once, as one task; never throws. */
export function runExtractSteps(steps: ExtractSteps): ExtractResult {
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  } catch (error) {
    return unreadable(error);
  }
}

/** Blocks whose sentences are split between two pauses: a very long article is split in many short tasks. */
const BLOCKS_PER_PAUSE = 400;

export function* extractSteps(doc: Document, options: ExtractOptions = {}): ExtractSteps {
  if (!doc?.documentElement || !doc.body || doc.documentElement.tagName.toUpperCase() !== 'HTML') return notHtml();
  // Before anything that copies or recurses: a page too big for those gets Lector's answer, not the engine's.
  if (!options.withinLimits && pageExcess(doc.body, options.limits ?? PAGE_LIMITS)) return { kind: 'no-article', code: 'too-large' };
  if (!hasVisibleText(doc.body)) {
    return { kind: 'no-article', code: 'empty' };
  }
  const win = options.window ?? doc.defaultView ?? (globalThis as { window?: WindowLike }).window;
  if (!win) return { kind: 'no-article', code: 'error', detail: 'no DOM window to clean the article with' };
  yield 'limits';

  let parsed: ReadabilityOutput | null;
  if (options.readability !== undefined) {
    // Readability already ran (in the frame under a short budget, or in its worker: core/readability-markup.ts).
    parsed = options.readability;
  } else {
    const clone = doc.cloneNode(true) as Document;
    yield 'clone';
    parsed = runReadability(clone);
  }
  yield 'readability';
  if (!parsed) {
    return { kind: 'no-article', code: 'no-content' };
  }
  const root = parsed.content;
  // Judged before declutter, which would take the list away and leave "too short".
  if (isMostlyLinks(root)) {
    return { kind: 'no-article', code: 'link-list' };
  }
  restoreHeadingLevels(root);
  const url = articleUrl(doc, options);
  const pageTitle = collapseWhitespace(parsed.title || doc.title || '');
  const shownTitle = titleWithoutSiteName(pageTitle, nullIfBlank(parsed.siteName), url);
  const title = shownTitle || 'Untitled';
  // Before the rules: they judge what a reader sees, and a player's fallback text is never seen.
  const removed = [...settleLowWeightHeadings(root), ...dropMediaFallbacks(root)];
  removed.push(...declutter(root, { rules: options.rules, pageUrl: url, titles: [shownTitle, pageTitle, collapseWhitespace(doc.title ?? '')] }));
  yield 'declutter';
  sanitizeInPlace(root, win);
  removed.push(...settleImageAlternatives(root));
  assignHeadingIds(root);
  yield 'sanitize';

  const lang = pickLanguage(parsed.lang, doc);
  const blockElements = collectBlocks(root);
  yield 'blocks';
  const text = blockElements.map((block) => block.text).join('\n\n');
  const wordCount = countWords(text, lang);
  // A few words are the article when they are the whole page; when the page has
  // much more text, Readability picked a fragment and the honest answer is "not found".
  if (wordCount < MIN_ARTICLE_WORDS && visibleWordCount(doc.body) > wordCount * 3 + 50) {
    return { kind: 'no-article', code: 'too-short', wordCount };
  }
  const sentences: Sentence[] = [];
  const headings: Heading[] = [];
  const blocks: Article['blocks'] = [];
  for (const [index, block] of blockElements.entries()) {
    if (index > 0 && index % BLOCKS_PER_PAUSE === 0) yield 'sentences';
    const firstSentence = sentences.length;
    for (const span of splitIntoSentences(block.text, lang)) {
      sentences.push({ index: sentences.length, block: index, ...span });
    }
    if (block.kind === 'heading') {
      headings.push({ level: block.level ?? 2, text: block.text, id: block.element.getAttribute('id') ?? '', block: index });
    }
    blocks.push({
      index,
      kind: block.kind,
      ...(block.level === undefined ? {} : { level: block.level }),
      text: block.text,
      firstSentence,
      sentenceCount: sentences.length - firstSentence,
    });
  }

  const { byline, date } = splitBylineDate(nullIfBlank(parsed.byline));
  const article: Article = {
    kind: 'article',
    url,
    title,
    byline,
    ...(date === null ? {} : { date }),
    siteName: nullIfBlank(parsed.siteName),
    lang,
    dir: guessDirection(parsed.dir, lang, text),
    publishedTime: nullIfBlank(parsed.publishedTime),
    excerpt: nullIfBlank(parsed.excerpt),
    html: root.innerHTML,
    text,
    headings,
    blocks,
    sentences,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed,
    imageDescriptions: collectImageDescriptions(root, title),
  };
  return article;
}

function articleUrl(doc: Document, options: ExtractOptions): string | null {
  return options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : null);
}

export function notHtml(): NoArticle {
  return { kind: 'no-article', code: 'not-html' };
}

function nullIfBlank(value: string | null): string | null {
  const text = collapseWhitespace(value ?? '');
  return text || null;
}

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function hasVisibleText(body: Element): boolean {
  let found = false;
  walkTree(body, {
    text: (node) => {
      found ||= node.data.trim() !== '';
    },
    enter: (el) => !found && !INVISIBLE.has(el.tagName.toUpperCase()),
  });
  return found;
}

/** Words a person could see on the page: scripts' and styles' source does not count. */
function visibleWordCount(body: Element): number {
  const parts: string[] = [];
  walkTree(body, {
    text: (node) => parts.push(node.data),
    enter: (el) => !INVISIBLE.has(el.tagName.toUpperCase()),
  });
  return parts.join(' ').split(/\s+/).filter(Boolean).length;
}

function isMostlyLinks(root: Element): boolean {
  const total = collapseWhitespace(root.textContent ?? '').length;
  return total > 0 && linkedTextLength(root) / total > 0.6;
}
