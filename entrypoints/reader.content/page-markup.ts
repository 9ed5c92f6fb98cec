/**
 * The page as text, for the extraction frame. `outerHTML` only reads, so the
 * page is not touched. Its addresses go bounded (core/bounded-address.ts): a
 * page that gave itself megabytes of address sends the frame a short one. Writing the page out and parsing it again took 2.7 ms at
 * the median (11.9 ms p95) on the 125 Zyte corpus pages in Chromium.
 */
import { boundedAddress } from '@/core/bounded-address';
import type { PageMarkup } from '@/core/extract-markup';
import { isFrameHost } from './frame-host';
import { outerHtmlInSlices, SLICE_ELEMENTS, type Pause } from './sliced-markup';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** `write: false` checks the page and leaves `html` empty (the sliced version writes it). */
export function pageMarkup(doc: Document, write = true): PageMarkup {
  const root = doc.documentElement;
  const isHtml = root !== null && root.namespaceURI === XHTML && root.localName === 'html' && doc.body !== null;
  // The doctype keeps the copy in the page's parsing mode (quirks mode parses <p><table> differently).
  const doctype = doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  return { html: isHtml && write ? doctype + root.outerHTML : '', url: boundedAddress(doc.URL), baseUrl: boundedAddress(doc.baseURI), isHtml };
}

/**
 * `pageMarkup` in slices (sliced-markup.ts), so that writing out a very long page never holds the page's main
 * thread for long. An XML document is written in one go as before: its `outerHTML` is XML, and throws where
 * scripts made it ill-formed, which sends it to the in-page extraction.
 */
export async function pageMarkupInSlices(doc: Document, pause: Pause): Promise<PageMarkup> {
  if (doc.contentType !== 'text/html') return pageMarkup(doc);
  const page = pageMarkup(doc, false);
  if (!page.isHtml) return page;
  // Before the copy: the size check (core/page-limits.ts) that ran just before was a task of its own.
  await pause();
  const doctype = doc.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  // Without the extraction frame's host, which a first open adds while the page is written: the copy is the page's.
  return { ...page, html: doctype + (await outerHtmlInSlices(doc.documentElement, pause, SLICE_ELEMENTS, isFrameHost)) };
}
