/**
 * In-page extraction, the fallback for pages where the extraction frame cannot
 * load. Injected by the background only when the reader asks for it, it leaves
 * one function in the content scripts' isolated world (the page cannot see it)
 * and extracts from a clone of the live document, never the document itself.
 * An unlisted script, not a content script: WXT's content-script context would
 * announce it to the page with a DOM event.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/core/extract';
import { IN_PAGE_EXTRACTOR, type InPageExtractor } from '@/messaging/protocol';

export default defineUnlistedScript(() => {
  const extract: InPageExtractor = (doc, url) => extractArticle(doc, { url });
  (globalThis as unknown as Record<string, unknown>)[IN_PAGE_EXTRACTOR] = extract;
});
