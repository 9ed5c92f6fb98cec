/**
 * extractFromMarkup: a page handed over as HTML text (how the reader passes a
 * page to Lector's extraction frame) → Article. The text is parsed with
 * DOMParser, which runs no script and loads nothing. The parsed copy's own
 * address is the parser's, so links resolve against the page's base address,
 * which the page sends along, and the rules are told the page's address.
 */
import type { WindowLike } from 'dompurify';
import { extractSteps, notHtml, runExtractSteps, type ExtractOptions, type ExtractSteps } from './extract';
import { withoutExcessAttributes } from './page-limits';
import type { ExtractResult } from './model';

export interface PageMarkup {
  /** `<!DOCTYPE html>` (for a standards-mode page) and the root element's outerHTML. */
  html: string;
  /** The page's address. */
  url: string;
  /** The page's base address (`document.baseURI`), which relative links resolve against. */
  baseUrl: string;
  /** False for an image, a feed or other XML shown by the browser: nothing to parse as HTML. */
  isHtml: boolean;
}

export type ParsingWindow = WindowLike & { DOMParser: typeof DOMParser };

export function extractFromMarkup(page: PageMarkup, win: ParsingWindow, options: Omit<ExtractOptions, 'url' | 'window'> = {}): ExtractResult {
  return runExtractSteps(extractFromMarkupSteps(page, win, options));
}

/** The same, one stage at a time (core/extract.ts `extractSteps`), parsing being the first. */
export function* extractFromMarkupSteps(page: PageMarkup, win: ParsingWindow, options: Omit<ExtractOptions, 'url' | 'window'> = {}): ExtractSteps {
  if (!page.isHtml) return notHtml();
  const doc = parsePageMarkup(page, win);
  yield 'parse';
  return yield* extractSteps(doc, { ...options, url: page.url, window: win });
}

/** The page's markup as an inert document whose links resolve against the page's base address. */
export function parsePageMarkup(page: PageMarkup, win: ParsingWindow): Document {
  // An element with 200,000 attributes is quadratic in the parser and in DOMPurify: past the cap they are left out.
  const doc = new win.DOMParser().parseFromString(withoutExcessAttributes(page.html), 'text/html');
  for (const base of doc.querySelectorAll('base')) base.remove();
  const base = doc.createElement('base');
  base.setAttribute('href', page.baseUrl);
  doc.head.prepend(base);
  return doc;
}
