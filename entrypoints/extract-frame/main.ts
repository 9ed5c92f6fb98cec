/**
 * The extraction frame: a hidden extension page the reader puts in the page
 * while it reads it. Readability, DOMPurify and the declutter rules live here,
 * in the extension's own process, instead of being injected into every page
 * the reader opens on. It answers one request, the one carrying the token in
 * its own address, on the port that request brought, and stops its work when
 * the budget is spent (see work-budget.ts): "too slow", like a reader that gave up.
 */
import { extractFromMarkup } from '@/core/extract-markup';
import { answerRequests } from './answer-requests';
import { FRAME_WORK_BUDGET_MS, runWithinBudget } from './work-budget';

window.addEventListener(
  'message',
  answerRequests(location.hash.slice(1), (page) => {
    const run = runWithinBudget(window, FRAME_WORK_BUDGET_MS, () => extractFromMarkup(page, window));
    return run.value ?? { kind: 'no-article', code: 'frame-timeout' };
  }),
);
