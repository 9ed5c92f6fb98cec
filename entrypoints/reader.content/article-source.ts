/**
 * Where the reader gets the page's article: from the extraction frame, or,
 * when the page is exactly as it was last time (the user closed the reader
 * and opens it again), from that last answer. The same text, address and base
 * give the same article, and skipping the frame's start-up makes a reopen
 * about as fast as drawing the reader.
 */
import { canShowArticleHtml, NO_SANITIZER_MESSAGE } from '../../components/article-html';
import type { PageMarkup } from '../../core/extract-markup';
import type { ExtractResult } from '../../core/model';
import { FrameError } from './extraction-frame';
import { pageMarkup } from './page-markup';

export type ExtractPage = (page: PageMarkup) => Promise<ExtractResult>;

export interface ArticleSource {
  /** Never throws: a failure is a NoArticle whose reason the user can read. */
  read(doc: Document): Promise<ExtractResult>;
}

export function createArticleSource(extract: ExtractPage): ArticleSource {
  let last: { page: PageMarkup; result: ExtractResult } | null = null;
  return {
    async read(doc) {
      if (!canShowArticleHtml(doc)) return { kind: 'no-article', code: 'error', reason: NO_SANITIZER_MESSAGE };
      const page = pageMarkup(doc);
      if (last && samePage(last.page, page)) return last.result;
      let result: ExtractResult;
      try {
        result = await extract(page);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        const reason = error instanceof FrameError ? detail : `Lector could not read this page (${detail}).`;
        return { kind: 'no-article', code: 'error', reason };
      }
      // A failure may not happen twice (a slow moment, a frame the page took away): only answers are kept.
      last = result.kind === 'no-article' && result.code === 'error' ? null : { page, result };
      return result;
    },
  };
}

function samePage(a: PageMarkup, b: PageMarkup): boolean {
  return a.url === b.url && a.baseUrl === b.baseUrl && a.isHtml === b.isHtml && a.html === b.html;
}
