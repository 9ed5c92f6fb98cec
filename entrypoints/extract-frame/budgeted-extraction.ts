/**
 * One extraction as the frame and the in-page fallback both run it: stage by stage (core/run-steps.ts), yielding
 * to the event loop between stages, stopped at a pause once `cancelled` is aborted, and stopped from inside a stage
 * once the time budget is spent (work-budget.ts).
 */
import type { ExtractSteps } from '@/core/extract';
import type { ExtractResult } from '@/core/model';
import { nextTask, runStepwise } from '@/core/run-steps';
import { watchBudget, type BudgetedRealm } from './work-budget';

export type BudgetedExtraction = { kind: 'done'; result: ExtractResult } | { kind: 'cancelled' } | { kind: 'spent' };

export async function extractWithinBudget(
  steps: () => ExtractSteps,
  realm: BudgetedRealm,
  budgetMs: number,
  cancelled?: AbortSignal,
): Promise<BudgetedExtraction> {
  const budget = watchBudget(realm, budgetMs);
  try {
    const run = await runStepwise(steps(), async () => {
      await nextTask();
      return !cancelled?.aborted && !budget.checkBetweenSteps();
    });
    if (run.done) return { kind: 'done', result: run.value };
    return cancelled?.aborted ? { kind: 'cancelled' } : { kind: 'spent' };
  } catch (error) {
    if (budget.spent()) return { kind: 'spent' };
    throw error;
  } finally {
    budget.stop();
  }
}
