/**
 * Where the reader gets the page's article: from extraction injected into the
 * page, for a small page (in-page-choice.ts: the frame's start-up is the longer
 * wait) or where the frame cannot load (a page served with CSP `sandbox`, or one
 * that removes the frame); from the extraction frame; or, when the page is
 * exactly as it was last time (the user closed the reader and opens it again),
 * from that last answer. The same text, address and base give the same
 * article, and skipping the frame's start-up makes a reopen about as fast as
 * drawing the reader.
 */
import { canShowArticleHtml } from '../../components/article-html';
import type { PageMarkup } from '../../core/extract-markup';
import { isFailure, unreadable, type ExtractResult } from '../../core/model';
import { MAX_MARKUP_LENGTH, pageExcess } from '../../core/page-limits';
import { FrameError } from './extraction-frame';
import { pageMarkupInSlices } from './page-markup';
import { pauseForPage } from './sliced-markup';
import { markOpenPhase } from './open-phases';
import type { ExtractionPath } from '@/messaging/protocol';

/** `page` may still be being written out: the frame then loads meanwhile and gets the page once it is written. */
export type ExtractPage = (page: PageMarkup | Promise<PageMarkup>, signal?: AbortSignal) => Promise<ExtractResult>;
/** Null when in-page extraction is not available either. */
export type ExtractInPage = (doc: Document, signal?: AbortSignal) => Promise<ExtractResult | null>;

export interface SourcedResult {
  result: ExtractResult;
  via: ExtractionPath;
}

export interface ArticleSource {
  /** Never throws: a failure is a NoArticle whose code the reader puts in words. */
  read(doc: Document, signal?: AbortSignal): Promise<SourcedResult>;
}

/**
 * The last page is kept as its text, compared whole (exact, and faster than
 * hashing it); a page larger than this is not kept, so a tab holds at most a
 * few megabytes for it.
 */
export const MAX_REMEMBERED_PAGE_LENGTH = 2_000_000;

/** `readsInPage` says which pages go to in-page extraction first; the frame answers for the others, and for those in-page extraction refused. */
export function createArticleSource(
  extract: ExtractPage,
  extractInPage: ExtractInPage,
  readsInPage: (doc: Document) => boolean = () => false,
): ArticleSource {
  let last: { page: PageMarkup; result: ExtractResult } | null = null;
  const remember = (page: PageMarkup | null, result: ExtractResult) => {
    // A failure may not happen twice (a slow moment, a frame the page took away): only answers are kept.
    const keep = page !== null && page.html.length <= MAX_REMEMBERED_PAGE_LENGTH && !(result.kind === 'no-article' && isFailure(result));
    last = keep ? { page, result } : null;
  };
  return {
    async read(doc, signal) {
      if (!canShowArticleHtml(doc)) return { result: { kind: 'no-article', code: 'no-sanitizer' }, via: 'none' };
      let page: PageMarkup | null = null;
      let triedInPage = false;
      // A small page's in-page extraction, started at once on a first open; a page that cannot be written out uses it too.
      let inPlace: Promise<ExtractResult | null> | null = null;
      // Stops a frame started before the page was written out, when the page turns out not to be for it.
      const early = new AbortController();
      try {
        // Refused before it is written out: the copy and the frame's parse of it would cost the most memory (#18).
        if (doc.body && pageExcess(doc.body)) return { result: { kind: 'no-article', code: 'too-large' }, via: 'none' };
        // Writing out an XHTML page throws when scripts made it ill-formed XML; the page can still be read in place.
        const markup = pageMarkupInSlices(doc, pauseFor(doc));
        // A sandboxed page (opaque origin) may not frame extension pages: no need to wait for the refusal.
        const framable = doc.defaultView?.origin !== 'null';
        const small = readsInPage(doc);
        // With nothing remembered to compare with (a first open), extraction is needed whatever the page says: it
        // starts now, while the page is written out (issue #16); the frame's load is its longest wait.
        const first = last === null;
        inPlace = first && small ? extractInPage(doc, signal).catch(() => null) : null;
        const framed = first && !small && framable ? extract(markup.then(withinLimit), anySignal(early.signal, signal)) : null;
        framed?.catch(() => undefined); // its failures are read below, or it was stopped
        try {
          page = await markup;
        } finally {
          markOpenPhase('markup');
        }
        if (page.html.length > MAX_MARKUP_LENGTH) {
          early.abort();
          return { result: { kind: 'no-article', code: 'too-large' }, via: 'none' };
        }
        if (last && samePage(last.page, page)) return { result: last.result, via: 'reused' };
        if (small) {
          const result = await (inPlace ?? extractInPage(doc, signal).catch(() => null));
          markOpenPhase('in-page-result');
          if (result) {
            remember(page, result);
            return { result, via: 'in-page' };
          }
          // Refused (the extractor could not be injected): the frame reads it, and reading in place is not tried twice.
          triedInPage = true;
        }
        if (!framable) throw new FrameError('load');
        const result = await (framed ?? extract(page, signal));
        remember(page, result);
        return { result, via: 'frame' };
      } catch (error) {
        early.abort();
        // A frame that never started was refused or removed; one that started and ran out of time would only be slow here too.
        const readInPlace = !signal?.aborted && !triedInPage && (page === null || (error instanceof FrameError && error.stage !== 'finish'));
        const result = readInPlace ? await (inPlace ?? extractInPage(doc, signal)).catch(() => null) : null;
        if (!result) return { result: failure(error), via: 'none' };
        // The page as it is now, which is what was read in place, is the one the answer belongs to.
        remember(await markupOrNull(doc), result);
        return { result, via: 'in-page' };
      }
    },
  };
}

/** The page for an early frame; a page too large is never sent (the reader says so instead). */
function withinLimit(page: PageMarkup): PageMarkup {
  if (page.html.length > MAX_MARKUP_LENGTH) throw new RangeError('too large for the frame');
  return page;
}

function anySignal(own: AbortSignal, caller?: AbortSignal): AbortSignal {
  return caller ? AbortSignal.any([own, caller]) : own;
}

async function markupOrNull(doc: Document): Promise<PageMarkup | null> {
  try {
    return await pageMarkupInSlices(doc, pauseFor(doc));
  } catch {
    return null;
  }
}

function pauseFor(doc: Document) {
  return pauseForPage(doc.defaultView ?? (globalThis as unknown as Window));
}

function failure(error: unknown): ExtractResult {
  // A frame that failed has its own words for the user; anything else is an error nothing foresaw.
  if (error instanceof FrameError) return { kind: 'no-article', code: error.stage === 'finish' ? 'frame-timeout' : 'frame-blocked' };
  return unreadable(error);
}

function samePage(a: PageMarkup, b: PageMarkup): boolean {
  return a.url === b.url && a.baseUrl === b.baseUrl && a.isHtml === b.isHtml && a.html === b.html;
}
