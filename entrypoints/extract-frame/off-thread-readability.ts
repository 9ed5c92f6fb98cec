/**
 * Readability for the frame, in a worker (entrypoints/readability-worker.ts), so that the one synchronous call that
 * takes most of a heavy page's time runs beside every other tab's frame instead of in front of them, and stops the
 * moment nobody waits for it: `terminate()` interrupts a worker's script, which nothing can do to a frame's own task.
 * The frame starts one only for a page Readability could not finish quickly on the frame's own thread
 * (frame-extraction.ts), one worker per page. Where no worker can run or its DOM fails on a page, the frame runs
 * Readability itself.
 */
import type { ReadabilityMarkup, ReadabilityPage } from '@/core/readability-markup';
import { isWorkerReply, type WorkerPage } from './readability-worker-messages';

/** `here`: the frame runs Readability itself (no worker, the worker failed, or the page is the pipeline's to refuse). */
export type OffThreadOutcome =
  | { kind: 'done'; readability: ReadabilityMarkup | null }
  | { kind: 'here'; why: string }
  | { kind: 'cancelled' }
  | { kind: 'spent' };

/** The part of `Worker` used here, so tests can pass their own. */
export interface WorkerLike {
  postMessage(message: WorkerPage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Readability's answer for `page` from a worker `createWorker` starts; the worker is terminated however it ends. */
export function readOffThread(createWorker: () => WorkerLike, page: ReadabilityPage, cancelled: AbortSignal, budgetMs: number): Promise<OffThreadOutcome> {
  if (cancelled.aborted) return Promise.resolve({ kind: 'cancelled' });
  let worker: WorkerLike;
  try {
    worker = createWorker();
  } catch (error) {
    return Promise.resolve({ kind: 'here', why: `no worker: ${String(error)}` });
  }
  return new Promise<OffThreadOutcome>((resolve) => {
    const finish = (outcome: OffThreadOutcome) => {
      clearTimeout(timer);
      cancelled.removeEventListener('abort', onCancel);
      worker.terminate();
      resolve(outcome);
    };
    const onCancel = () => finish({ kind: 'cancelled' });
    // Hidden cross-origin frames get their timers run about once a second (Chromium's throttling): near enough
    // for a budget of seconds.
    const timer = setTimeout(() => finish({ kind: 'spent' }), budgetMs);
    cancelled.addEventListener('abort', onCancel);
    // A script that failed to load or threw at the top reports here too.
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ kind: 'here', why: `the worker failed: ${event.message}` });
    };
    worker.onmessage = (event) => {
      const reply = event.data;
      if (!isWorkerReply(reply)) return finish({ kind: 'here', why: 'the worker answered something else' });
      if (reply.type === 'failed') return finish({ kind: 'here', why: reply.detail });
      if (reply.result.kind === 'skipped') return finish({ kind: 'here', why: reply.result.reason });
      finish({ kind: 'done', readability: reply.result.markup });
    };
    worker.postMessage({ type: 'page', page: { html: page.html, url: page.url, baseUrl: page.baseUrl } });
  });
}
