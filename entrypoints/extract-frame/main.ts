/**
 * The extraction frame: a hidden extension page the reader puts in the page
 * while it reads it. Readability, DOMPurify and the declutter rules live here,
 * in the extension's own process, instead of being injected into every page
 * the reader opens on. It answers one request, the one carrying the token in
 * its own address, on the port that request brought. Every tab's frame shares
 * that process and its main thread: how one extraction keeps out of the
 * others' way is in frame-extraction.ts.
 */
import { READABILITY_WORKER_FILE } from '@/messaging/protocol';
import { answerRequests } from './answer-requests';
import { extractInFrame, QUICK_READABILITY_MS } from './frame-extraction';
import { readOffThread } from './off-thread-readability';
import { FRAME_WORK_BUDGET_MS } from './work-budget';

window.addEventListener(
  'message',
  answerRequests(location.hash.slice(1), (page, cancelled) =>
    extractInFrame(page, cancelled, {
      window,
      readOffThread: (page, cancel, budgetMs) => readOffThread(() => new Worker(READABILITY_WORKER_FILE), page, cancel, budgetMs),
      budgetMs: FRAME_WORK_BUDGET_MS,
      quickMs: QUICK_READABILITY_MS,
    }),
  ),
);
