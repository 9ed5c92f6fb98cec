/**
 * The extraction frame: a hidden extension page the reader puts in the page
 * while it reads it. Readability, DOMPurify and the declutter rules live here,
 * in the extension's own process, instead of being injected into every page
 * the reader opens on. It answers one request, the one carrying the token in
 * its own address, on the port that request brought. Every tab's frame shares
 * that process, so the work runs stage by stage (core/run-steps.ts), yielding
 * between stages: other tabs' frames run in between, a reader that closed or
 * gave up stops the work at the next pause, and the budget (work-budget.ts)
 * stops a stage that runs too long from inside: "too slow", like a reader that gave up.
 */
import { extractFromMarkupSteps } from '@/core/extract-markup';
import { nextTask, runStepwise } from '@/core/run-steps';
import { answerRequests } from './answer-requests';
import { FRAME_WORK_BUDGET_MS, watchBudget } from './work-budget';

window.addEventListener(
  'message',
  answerRequests(location.hash.slice(1), async (page, cancelled) => {
    const budget = watchBudget(window, FRAME_WORK_BUDGET_MS);
    try {
      const run = await runStepwise(extractFromMarkupSteps(page, window), async () => {
        await nextTask();
        return !cancelled.aborted && !budget.checkBetweenSteps();
      });
      if (run.done) return run.value;
      return cancelled.aborted ? null : { kind: 'no-article', code: 'frame-timeout' };
    } catch (error) {
      if (budget.spent()) return { kind: 'no-article', code: 'frame-timeout' };
      throw error;
    } finally {
      budget.stop();
    }
  }),
);
