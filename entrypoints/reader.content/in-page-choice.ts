/**
 * Which pages the reader extracts in the page's own process instead of the
 * extraction frame (issue #16). The frame's start-up (an extension page loaded
 * in another process) was about half of a first open; on a small page the
 * whole pipeline costs less than that wait. It yields between stages, but
 * Readability is one stage: under these bounds its task took up to about 20 ms
 * of CPU (about 80 ms at 4× throttling) against the frame path's 10–12 ms, and
 * the bounds are where the two stayed within about 10 ms of each other (see
 * docs/decisions/2026-12-03-small-pages-in-page.md). A larger page keeps the
 * frame: Readability's passes grow faster than the page.
 */
import { pageExcess } from '../../core/page-limits';

export interface InPageBounds {
  /** Elements in the body. */
  maxElements: number;
  /** Characters of text in the body. */
  maxTextLength: number;
}

/** On a fixture's root element: the e2e build reads that page in the frame whatever its size. */
export const E2E_FRAME_MARK = 'data-lector-e2e-frame';

export const IN_PAGE_BOUNDS: InPageBounds = { maxElements: 800, maxTextLength: 60_000 };

/** True for a page small enough to read in place; the count stops at the first bound passed, so a large page costs little to refuse. */
export function readsInPage(doc: Document, bounds: InPageBounds = IN_PAGE_BOUNDS): boolean {
  if (!doc.body) return false;
  // The e2e tests of the frame itself use small fixture pages: they mark them. Only the e2e build reads the mark
  // (`MODE` is a build-time constant), so no page can choose where it is read.
  if (import.meta.env.MODE === 'e2e' && doc.documentElement.hasAttribute(E2E_FRAME_MARK)) return false;
  return pageExcess(doc.body, { maxElements: bounds.maxElements, maxTextLength: bounds.maxTextLength, maxDepth: 512 }) === null;
}
