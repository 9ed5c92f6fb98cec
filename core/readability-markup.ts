/**
 * Readability as markup in, markup out, for a thread that has no DOM of the browser's own: the page is parsed by the
 * DOM implementation the caller passes (a worker passes linkedom's), Readability runs on it exactly as
 * `runReadability` runs it, and the article comes back as markup with its metadata, which a worker can post.
 * `adoptReadabilityMarkup` turns that back into a `ReadabilityOutput` in the caller's document, where the rest of the
 * pipeline (outline, rules, sanitizer) runs on the browser's DOM as it always does.
 *
 * Why a worker at all: every tab's extraction frame shares the extension's one process and its one main thread, and
 * Readability is one synchronous call that cannot be interrupted; in a worker it runs beside them, and a reader that
 * closes or gives up can `terminate()` it at once (docs/decisions/2026-12-03-readability-in-a-worker.md).
 */
import { pageExcess, withoutExcessAttributes, PAGE_LIMITS, type PageLimits } from './page-limits';
import { runReadability, type ReadabilityOutput } from './readability-run';

/** What a worker hands back: the article as markup, and Readability's metadata as it found it. */
export interface ReadabilityMarkup extends Omit<ReadabilityOutput, 'content'> {
  contentHtml: string;
}

/** The page as the reader sends it (core/extract-markup.ts `PageMarkup`), less what Readability does not need. */
export interface ReadabilityPage {
  html: string;
  url: string;
  baseUrl: string;
}

/** `done` with null: Readability found no article. `skipped`: the caller's own pipeline decides (too large). */
export type ReadabilityMarkupResult = { kind: 'done'; markup: ReadabilityMarkup | null } | { kind: 'skipped'; reason: 'too-large' | 'no-body' };

/** Parses page markup into a document whose links resolve against `baseUrl` (it must not run or load anything). */
export type ParseMarkup = (html: string, page: ReadabilityPage) => Document;

export function readabilityFromMarkup(page: ReadabilityPage, parse: ParseMarkup, limits: PageLimits = PAGE_LIMITS): ReadabilityMarkupResult {
  const doc = parse(withoutExcessAttributes(page.html), page);
  if (!doc.body) return { kind: 'skipped', reason: 'no-body' };
  // The same limits the pipeline checks first: a page past them gets "too large" from it, never the engine's answer.
  if (pageExcess(doc.body, limits)) return { kind: 'skipped', reason: 'too-large' };
  const output = runReadability(doc);
  if (!output) return { kind: 'done', markup: null };
  const { content, ...metadata } = output;
  return { kind: 'done', markup: { ...metadata, contentHtml: content.outerHTML } };
}

/**
 * The article markup as an element of `doc`, not inserted anywhere. Parsed by `DOMParser` into a document of its
 * own, which has no browsing context: nothing in it runs or loads.
 */
export function adoptReadabilityMarkup(doc: Document, markup: ReadabilityMarkup, win: { DOMParser: typeof DOMParser }): ReadabilityOutput | null {
  const parsed = new win.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${markup.contentHtml}</body></html>`, 'text/html');
  const content = parsed.body.firstElementChild;
  if (!content) return null;
  const { contentHtml: _html, ...metadata } = markup;
  return { ...metadata, content: doc.adoptNode(content) };
}
