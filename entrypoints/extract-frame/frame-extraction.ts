/**
 * One extraction in the frame, from the page the reader sent to the result it gets back.
 *
 * Every tab's frame shares the extension's one main thread, and Readability is one synchronous call nothing can
 * interrupt from outside. So the frame gives it a short budget first, checked inside it (work-budget.ts): almost
 * every real page is done well within it, at the browser's own DOM speed. A page that is not is handed to the
 * frame's Readability worker (off-thread-readability.ts), which runs beside every other tab's frame and which a
 * reader that closes or gives up terminates at once. The rest of the pipeline runs stage by stage, pausing between
 * stages (budgeted-extraction.ts), all within the frame's whole budget.
 */
import { extractSteps, notHtml } from '@/core/extract';
import { parsePageMarkup, type PageMarkup, type ParsingWindow } from '@/core/extract-markup';
import type { ExtractResult } from '@/core/model';
import { pageExcess } from '@/core/page-limits';
import { adoptReadabilityMarkup } from '@/core/readability-markup';
import { runReadability, type ReadabilityOutput } from '@/core/readability-run';
import { nextTask } from '@/core/run-steps';
import { extractWithinBudget } from './budgeted-extraction';
import type { OffThreadOutcome } from './off-thread-readability';
import { runWithinBudget, type BudgetedRealm } from './work-budget';

/**
 * How long Readability may hold the frames' thread before the page goes to the worker. A long real article takes
 * a few tens of milliseconds in the frame (bench/RESULTS.md); what takes longer is rare, and another tab's open
 * waits for at most this long behind it.
 */
export const QUICK_READABILITY_MS = 100;

export interface FrameExtraction {
  window: ParsingWindow & BudgetedRealm;
  /** Readability in a worker (off-thread-readability.ts); asked only for a page it could not finish within `quickMs`. */
  readOffThread: (page: PageMarkup, cancelled: AbortSignal, budgetMs: number) => Promise<OffThreadOutcome>;
  /** The whole work's budget (FRAME_WORK_BUDGET_MS), worker included. */
  budgetMs: number;
  quickMs: number;
}

/** Null: stopped because `cancelled` was aborted (nothing is answered). */
export async function extractInFrame(page: PageMarkup, cancelled: AbortSignal, frame: FrameExtraction): Promise<ExtractResult | null> {
  const started = performance.now();
  const budgetLeft = () => Math.max(0, frame.budgetMs - (performance.now() - started));
  if (!page.isHtml) return notHtml();
  const doc = parsePageMarkup(page, frame.window);
  await nextTask();
  if (cancelled.aborted) return null;

  // Undefined: the pipeline runs Readability itself (a page past the limits, which it refuses first; a failure here).
  let readability: ReadabilityOutput | null | undefined;
  // Checked once here; the pipeline below is told so and does not walk the page again.
  const withinLimits = doc.body !== null && !pageExcess(doc.body);
  if (withinLimits) {
    const quick = quickReadability(doc, frame);
    if (quick !== 'too-slow') readability = quick;
    else {
      const found = await frame.readOffThread(page, cancelled, budgetLeft());
      if (found.kind === 'cancelled') return null;
      if (found.kind === 'spent') return { kind: 'no-article', code: 'frame-timeout' };
      // 'here' (no worker, or its DOM failed): the pipeline runs Readability, within what is left of the budget.
      if (found.kind === 'done') readability = found.readability && adoptReadabilityMarkup(doc, found.readability, frame.window);
    }
  }
  const run = await extractWithinBudget(() => extractSteps(doc, { url: page.url, window: frame.window, readability, withinLimits }), frame.window, budgetLeft(), cancelled);
  if (run.kind === 'done') return run.result;
  return run.kind === 'cancelled' ? null : { kind: 'no-article', code: 'frame-timeout' };
}

/** Readability on a copy, stopped from inside once `quickMs` have passed; undefined when it threw (the pipeline says why). */
function quickReadability(doc: Document, frame: FrameExtraction): ReadabilityOutput | null | undefined | 'too-slow' {
  try {
    const quick = runWithinBudget(frame.window, frame.quickMs, () => runReadability(doc.cloneNode(true) as Document));
    return quick.spent ? 'too-slow' : quick.value;
  } catch {
    return undefined;
  }
}
