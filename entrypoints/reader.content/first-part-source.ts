/**
 * The first part of a page too large to read whole (issue #18), read the way
 * the whole page would have been: an inert copy of its beginning
 * (core/first-part.ts) goes to the extraction frame as markup, or, where the
 * frame cannot load, to the in-page extraction. The page itself is only read.
 */
import { boundedAddress } from '../../core/bounded-address';
import { firstPartOf } from '../../core/first-part';
import type { PageMarkup } from '../../core/extract-markup';
import { unreadable, type ExtractResult } from '../../core/model';
import type { ExtractInPage, ExtractPage, SourcedResult } from './article-source';
import { FrameError } from './extraction-frame';

export async function readFirstPart(doc: Document, extract: ExtractPage, extractInPage: ExtractInPage, signal?: AbortSignal): Promise<SourcedResult> {
  const { doc: part } = firstPartOf(doc);
  if (!part) return { result: { kind: 'no-article', code: 'empty' }, via: 'none' };
  // The doctype keeps the copy in the page's parsing mode, as pageMarkup does for the whole page.
  const doctype = doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  const markup: PageMarkup = { html: doctype + part.documentElement.outerHTML, url: boundedAddress(doc.URL), baseUrl: boundedAddress(doc.baseURI), isHtml: true };
  try {
    return { result: await extract(markup, signal), via: 'frame' };
  } catch (error) {
    // Only a frame that never started is worth replacing; one that ran out of time would be slow in the page too.
    if (signal?.aborted || !(error instanceof FrameError) || error.stage === 'finish') return { result: failure(error), via: 'none' };
    // The copy has no address of its own: links resolve against the page's base, and the article is the page's.
    const base = part.createElement('base');
    base.setAttribute('href', markup.baseUrl);
    part.head.prepend(base);
    const result = await extractInPage(part).catch(() => null);
    if (!result) return { result: failure(error), via: 'none' };
    return { result: result.kind === 'article' ? { ...result, url: markup.url } : result, via: 'in-page' };
  }
}

function failure(error: unknown): ExtractResult {
  if (error instanceof FrameError) return { kind: 'no-article', code: error.stage === 'finish' ? 'frame-timeout' : 'frame-blocked' };
  return unreadable(error);
}
