/**
 * Readability for the frame, in its worker (entrypoints/readability-worker.ts), so that the one synchronous call that takes
 * most of a heavy page's time runs beside every other tab's frame instead of in front of them, and stops the moment
 * nobody waits for it: `terminate()` interrupts a worker's script, which nothing can do to a frame's own task.
 * The frame starts it only for a page Readability could not finish quickly on the frame's own thread
 * (frame-extraction.ts). Where no worker can run or its DOM fails on a page, the frame runs Readability itself.
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

export interface OffThreadReadability {
  /** Readability's answer for `page`; at most one call. The worker is terminated however it ends. */
  read(page: ReadabilityPage, cancelled: AbortSignal, budgetMs: number): Promise<OffThreadOutcome>;
  /** Ends the worker without reading (the frame's request never came, or it was taken back first). */
  stop(): void;
}

export function startOffThreadReadability(createWorker: () => WorkerLike): OffThreadReadability {
  let worker: WorkerLike | null = null;
  let startFailure = '';
  try {
    worker = createWorker();
  } catch (error) {
    startFailure = `no worker: ${String(error)}`;
  }
  // A script that failed to load (or threw at the top) reports here, possibly before any page is sent.
  let loadError = '';
  if (worker) worker.onerror = (event) => void (loadError = `the worker failed to start: ${event.message}`);
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  return {
    stop,
    read(page, cancelled, budgetMs) {
      const running = worker;
      if (!running) return Promise.resolve({ kind: 'here', why: startFailure || 'worker already used' });
      if (loadError) {
        stop();
        return Promise.resolve({ kind: 'here', why: loadError });
      }
      return new Promise<OffThreadOutcome>((resolve) => {
        const finish = (outcome: OffThreadOutcome) => {
          clearTimeout(timer);
          cancelled.removeEventListener('abort', onCancel);
          stop();
          resolve(outcome);
        };
        const onCancel = () => finish({ kind: 'cancelled' });
        // Hidden cross-origin frames get their timers run about once a second (Chromium's throttling): near enough
        // for a budget of seconds.
        const timer = setTimeout(() => finish({ kind: 'spent' }), budgetMs);
        cancelled.addEventListener('abort', onCancel);
        running.onerror = (event) => {
          event.preventDefault();
          finish({ kind: 'here', why: `the worker failed: ${event.message}` });
        };
        running.onmessage = (event) => {
          const reply = event.data;
          if (!isWorkerReply(reply)) return finish({ kind: 'here', why: 'the worker answered something else' });
          if (reply.type === 'failed') return finish({ kind: 'here', why: reply.detail });
          if (reply.result.kind === 'skipped') return finish({ kind: 'here', why: reply.result.reason });
          finish({ kind: 'done', readability: reply.result.markup });
        };
        if (cancelled.aborted) return finish({ kind: 'cancelled' });
        running.postMessage({ type: 'page', page: { html: page.html, url: page.url, baseUrl: page.baseUrl } });
      });
    },
  };
}
