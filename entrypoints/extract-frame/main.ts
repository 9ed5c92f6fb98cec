/**
 * The extraction frame: a hidden extension page the reader puts in the page
 * while it reads it. Readability, DOMPurify and the declutter rules live here,
 * in the extension's own process, instead of being injected into every page
 * the reader opens on. It answers one request, the one carrying the token in
 * its own address, on the port that request brought. Every tab's frame shares
 * that process and its main thread, so Readability, the one long synchronous
 * call, runs in a worker that a reader that closed or gave up terminates at once
 * (off-thread-readability.ts); the rest runs stage by stage, yielding between
 * stages (budgeted-extraction.ts), and the budget (work-budget.ts) stops a stage
 * that runs too long from inside: "too slow", like a reader that gave up.
 */
import { extractFromMarkupSteps } from '@/core/extract-markup';
import { answerRequests } from './answer-requests';
import { extractWithinBudget } from './budgeted-extraction';
import { startOffThreadReadability } from './off-thread-readability';
import { FRAME_WORK_BUDGET_MS } from './work-budget';
import { READABILITY_WORKER_FILE } from '@/messaging/protocol';

// Started before the page arrives: the worker loads its DOM library while the reader copies the page.
const offThread = startOffThreadReadability(() => new Worker(READABILITY_WORKER_FILE));

window.addEventListener(
  'message',
  answerRequests(location.hash.slice(1), async (page, cancelled) => {
    const started = performance.now();
    const found = page.isHtml ? await offThread.read(page, cancelled, FRAME_WORK_BUDGET_MS) : (offThread.stop(), null);
    if (found?.kind === 'cancelled') return null;
    if (found?.kind === 'spent') return { kind: 'no-article', code: 'frame-timeout' };
    // No article from the worker is checked here: its DOM parses markup less strictly than the browser does, and
    // a page it misread must not be refused for that.
    const options = found?.kind === 'done' && found.readability ? { readability: found.readability } : {};
    const budgetLeft = Math.max(0, FRAME_WORK_BUDGET_MS - (performance.now() - started));
    const run = await extractWithinBudget(() => extractFromMarkupSteps(page, window, options), window, budgetLeft, cancelled);
    if (run.kind === 'done') return run.result;
    return run.kind === 'cancelled' ? null : { kind: 'no-article', code: 'frame-timeout' };
  }),
);
