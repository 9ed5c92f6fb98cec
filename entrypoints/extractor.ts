/**
 * In-page extraction, the fallback for pages where the extraction frame cannot
 * load, and the plain-text article for pages without one. Injected by the
 * background only when the reader asks for it, it leaves two functions in the
 * content scripts' isolated world (the page cannot see them) and extracts
 * from a clone of the live document, never the document itself.
 * An unlisted script, not a content script: WXT's content-script context would
 * announce it to the page with a DOM event.
 *
 * It runs on the page's main thread, so it has the frame's limits and budget:
 * the pipeline yields between stages (the page stays responsive), a closed
 * reader stops it at the next pause, and past the budget the page is
 * `too-large` (the reader offers to read a selected part) instead of a frozen tab.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractSteps } from '@/core/extract';
import { unreadable } from '@/core/model';
import { articleFromText } from '@/core/text-article';
import { IN_PAGE_EXTRACTOR, IN_PAGE_TEXT_ARTICLE, type InPageExtractor, type InPageTextArticle } from '@/messaging/protocol';
import { extractWithinBudget, type BudgetedExtraction } from './extract-frame/budgeted-extraction';
import { FRAME_WORK_BUDGET_MS } from './extract-frame/work-budget';

export default defineUnlistedScript(() => {
  const extract: InPageExtractor = async (doc, url, cancelled) => {
    // The content scripts' own DOM prototypes: the budget's watch is never seen by the page's script.
    let run: BudgetedExtraction;
    try {
      run = await extractWithinBudget(() => extractSteps(doc, { url }), window, FRAME_WORK_BUDGET_MS, cancelled);
    } catch (error) {
      // As extractArticle does: a failure nothing foresaw is a reason to show, never an exception.
      return unreadable(error);
    }
    if (run.kind === 'done') return run.result;
    return run.kind === 'cancelled' ? null : { kind: 'no-article', code: 'too-large' };
  };
  const textArticle: InPageTextArticle = articleFromText;
  (globalThis as unknown as Record<string, unknown>)[IN_PAGE_EXTRACTOR] = extract;
  (globalThis as unknown as Record<string, unknown>)[IN_PAGE_TEXT_ARTICLE] = textArticle;
});
