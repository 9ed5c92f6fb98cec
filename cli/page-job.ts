/**
 * One page, parsed, extracted and rendered: the work the CLI hands to a worker
 * thread (cli/page-runner.ts), so that a page that takes too long or too much
 * memory ends the worker, not the batch. Never throws: every outcome is a reply.
 */
import { extractArticle } from '../core/extract';
import { FIRST_PART_LIMITS, firstPartOf, type FirstPartLimits } from '../core/first-part';
import { unreadable, type Article, type NoArticle } from '../core/model';
import { sanitizedFragment } from '../core/sanitize';
import { articleToMarkdown } from './markdown';
import { buildSpeechSegments, DEFAULT_READING_OPTIONS, type SpeechSegment } from '../speech/speech-segments';
import { parseHtml, type ParsedPage } from './parse-html';
import { terminalSafe } from './terminal-safe';

/** `utterances`: what the Narrator says, one per line (`utterances-json`: with kinds, blocks and sentences). */
export type Format = 'json' | 'text' | 'markdown' | 'utterances' | 'utterances-json';

export interface PageJob {
  file: string;
  bytes: Uint8Array;
  url: string | undefined;
  format: Format;
  batch: boolean;
  /** `--first-part`: a page too large to read whole gives its first part instead. */
  firstPart?: boolean;
  /** The bytes are already only the start of the file (cli/read-input.ts readPageStart). */
  cut?: boolean;
  /** The whole page ran past the budget: read only its first part (RETRY_FIRST_PART_LIMITS), marked partial. */
  firstPartOnly?: boolean;
}

/**
 * The first part read after the whole page ran past the CLI's budget: a quarter of the usual first part (5,000
 * elements, 125,000 characters, about 20,000 words), since the page already proved slow for its size.
 */
export const RETRY_FIRST_PART_LIMITS: FirstPartLimits = {
  ...FIRST_PART_LIMITS,
  maxElements: FIRST_PART_LIMITS.maxElements / 4,
  maxTextLength: FIRST_PART_LIMITS.maxTextLength / 4,
};

/** `partial`: the article is the first part of a page too large to read whole. */
export type PageReply = { kind: 'article'; output: string; partial: boolean } | { kind: 'no-article'; result: NoArticle };

export function runPageJob(job: PageJob): PageReply {
  let page: ParsedPage | undefined;
  try {
    page = parseHtml(job.bytes, job.url);
    let partial = job.cut === true;
    if (job.firstPartOnly) {
      const part = firstPartOf(page.document, RETRY_FIRST_PART_LIMITS);
      const result = extractArticle(part.doc ?? page.document, { url: job.url, window: page.window });
      if (result.kind === 'no-article') return { kind: 'no-article', result };
      return { kind: 'article', output: render(result, job, page.document, true), partial: true };
    }
    let result = extractArticle(page.document, { url: job.url, window: page.window });
    if (job.firstPart && result.kind === 'no-article' && result.code === 'too-large') {
      const part = firstPartOf(page.document);
      if (part.doc) result = extractArticle(part.doc, { url: job.url, window: page.window });
      partial ||= part.cut;
    }
    if (result.kind === 'no-article') return { kind: 'no-article', result };
    return { kind: 'article', output: render(result, job, page.document, partial), partial };
  } catch (error) {
    // extractArticle never throws; parsing, rendering or Markdown might.
    return { kind: 'no-article', result: unreadable(error) };
  } finally {
    closeQuietly(page);
  }
}

/** jsdom's close() throws on some pages (`<math><frame><b><iframe>`: a frame without a window); the page is done with anyway. */
function closeQuietly(page: ParsedPage | undefined): void {
  try {
    page?.close();
  } catch {
    // nothing left to free that the garbage collector will not
  }
}

function render(article: Article, job: PageJob, doc: Document, partial: boolean): string {
  const banner = job.batch ? `==> ${job.file} <==\n` : '';
  switch (job.format) {
    case 'json': {
      // JSON.stringify escapes control characters itself.
      const { kind: _kind, ...articleFields } = article;
      const fields = partial ? { ...articleFields, partial } : articleFields;
      return JSON.stringify(job.batch ? { file: job.file, ...fields } : fields, null, job.batch ? undefined : 2);
    }
    case 'markdown':
      return terminalSafe(banner + articleToMarkdown(article, (html) => {
        // Nodes, as the reader gets them: no string is ever assigned as markup.
        const container = doc.createElement('div');
        const view = doc.defaultView;
        if (!view) throw new Error('the parsed page has no window to sanitize with');
        container.replaceChildren(sanitizedFragment(html, view));
        return container;
      }));
    case 'utterances':
      return terminalSafe(banner + utterancesOf(article).map((utterance) => utterance.text).join('\n') + '\n');
    case 'utterances-json': {
      const utterances = utterancesOf(article).map(({ text, kind, block, sentence, level }) => ({ text, kind, block, sentence, ...(level === undefined ? {} : { level }) }));
      const head = { title: article.title, ...(partial ? { partial } : {}) };
      return JSON.stringify(job.batch ? { file: job.file, ...head, utterances } : { ...head, utterances }, null, job.batch ? undefined : 2);
    }
    case 'text': {
      const meta = [article.byline, article.siteName].filter(Boolean).join(' · ');
      return terminalSafe(`${banner}${article.title}\n${meta ? `${meta}\n` : ''}\n${article.text}\n`);
    }
  }
}

/** The Narrator's utterances with the reader's defaults (title first, code skipped, captions and descriptions read). */
function utterancesOf(article: Article): SpeechSegment[] {
  return buildSpeechSegments(article, DEFAULT_READING_OPTIONS);
}
