/**
 * The Article model: what extraction produces and what the reader, the Narrator
 * and the CLI consume. Plain data only (JSON-serializable), so it crosses the
 * content-script boundary and the CLI's `--json` output unchanged.
 */

export type TextDirection = 'ltr' | 'rtl';

/** What a block of the article is, as far as reading it aloud is concerned. */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'code'
  | 'table-cell';

export interface Block {
  /** Position in `Article.blocks`; also the `data-lector-block` attribute in `Article.html`. */
  index: number;
  kind: BlockKind;
  /** Heading level 1–6 (the page's own level), only for `kind === 'heading'`. */
  level?: number;
  /** Whitespace-collapsed text of the block, as it is spoken. */
  text: string;
  /** Index of the block's first sentence in `Article.sentences`. */
  firstSentence: number;
  sentenceCount: number;
}

export interface Sentence {
  /** Position in `Article.sentences`. */
  index: number;
  block: number;
  text: string;
  /** Offsets of the sentence inside its block's `text` (UTF-16 code units). */
  start: number;
  end: number;
}

export interface Heading {
  level: number;
  text: string;
  /** The heading element's `id` in `Article.html`. */
  id: string;
  block: number;
}

export interface Removal {
  /** Name of the declutter rule that removed it. */
  rule: string;
  /** Text of what was removed (whitespace-collapsed; may be empty for an empty ad slot). */
  text: string;
}

/** An image's alt text, read aloud after the block it follows (`-1`: before the first block). */
export interface ImageDescription {
  afterBlock: number;
  text: string;
}

export interface Article {
  kind: 'article';
  url: string | null;
  title: string;
  /** Who wrote it, as the page says ("By Carrie Arnold"), without a date run into it. */
  byline: string | null;
  /**
   * The date printed with the byline ("November 15"), split off it so the two are shown and read apart
   * (core/byline-date.ts); absent when the byline had none. `publishedTime` is the page's machine-readable date.
   */
  date?: string | null;
  siteName: string | null;
  /** BCP 47 language tag of the article, or null when the page does not say. */
  lang: string | null;
  dir: TextDirection;
  publishedTime: string | null;
  excerpt: string | null;
  /** Sanitized article HTML; blocks carry `data-lector-block`, headings carry `id`. */
  html: string;
  /** Plain text, blocks separated by blank lines. */
  text: string;
  headings: Heading[];
  blocks: Block[];
  sentences: Sentence[];
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
  /** What the article's images show, from their alt text; not part of `text` or `blocks` (see core/image-descriptions.ts). */
  imageDescriptions?: ImageDescription[];
}

/**
 * Why there is no article, as a code the reader turns into words
 * (components/i18n/extraction-words.ts); the CLI prints the same English.
 * The first six come from extraction (`too-large`: beyond core/page-limits.ts);
 * the rest are failures of the way there.
 */
export const NO_ARTICLE_CODES = [
  'empty',
  'not-html',
  'no-content',
  'too-short',
  'link-list',
  'too-large',
  'error',
  'frame-blocked',
  'frame-timeout',
  'no-sanitizer',
] as const;

export type NoArticleCode = (typeof NO_ARTICLE_CODES)[number];

const FAILURE_CODES: ReadonlySet<NoArticleCode> = new Set(['error', 'frame-blocked', 'frame-timeout', 'no-sanitizer']);

/** A failure on the way rather than an answer about the page: it may not happen again. */
export function isFailure(result: NoArticle): boolean {
  return FAILURE_CODES.has(result.code);
}

export type NoArticle =
  | { kind: 'no-article'; code: Exclude<NoArticleCode, 'too-short' | 'error'> }
  /** Fewer words than an article that look like one, on a page with much more text. */
  | { kind: 'no-article'; code: 'too-short'; wordCount: number }
  /** An error nothing foresaw; `detail` is the error's own text, for a bug report rather than for translation. */
  | { kind: 'no-article'; code: 'error'; detail: string };

export type ExtractResult = Article | NoArticle;

export function isArticle(result: ExtractResult): result is Article {
  return result.kind === 'article';
}

/**
 * The answer for an error nothing foresaw, wherever extraction runs (in the
 * frame, in the page, or on the way between them).
 */
export function unreadable(error: unknown): NoArticle {
  // A RangeError is a size the engine could not hold (call stack, string or array length):
  // the page's size, said in Lector's words rather than the engine's.
  if (error instanceof RangeError || (error as Error | null)?.name === 'RangeError') return { kind: 'no-article', code: 'too-large' };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'no-article', code: 'error', detail };
}
