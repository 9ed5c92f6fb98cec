/**
 * The extraction frame: a hidden extension page the reader puts in the page
 * while it reads it. Readability, DOMPurify and the declutter rules live here,
 * in the extension's own process, instead of being injected into every page
 * the reader opens on. It answers one request, the one carrying the token in
 * its own address, on the port that request brought. Every tab's frame shares
 * that process, so the work runs stage by stage, yielding between stages
 * (budgeted-extraction.ts): other tabs' frames run in between, a reader that
 * closed or gave up stops the work at the next pause, and the budget
 * (work-budget.ts) stops a stage that runs too long from inside: "too slow",
 * like a reader that gave up.
 */
import { extractFromMarkupSteps } from '@/core/extract-markup';
import { answerRequests } from './answer-requests';
import { extractWithinBudget } from './budgeted-extraction';
import { FRAME_WORK_BUDGET_MS } from './work-budget';

window.addEventListener(
  'message',
  answerRequests(location.hash.slice(1), async (page, cancelled) => {
    const run = await extractWithinBudget(() => extractFromMarkupSteps(page, window), window, FRAME_WORK_BUDGET_MS, cancelled);
    if (run.kind === 'done') return run.result;
    return run.kind === 'cancelled' ? null : { kind: 'no-article', code: 'frame-timeout' };
  }),
);
