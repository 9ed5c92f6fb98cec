/**
 * Runs page jobs in a worker thread with a time budget and a heap cap. jsdom
 * and Readability are synchronous and some pages make them slow or hungry
 * (a 5,000-deep table; 20 MB of paragraphs took 2.2 GB): the worker is ended
 * and the page reported as too large, and the next page gets a fresh worker.
 * One worker serves the whole batch otherwise, so start-up is paid once.
 */
import { Worker } from 'node:worker_threads';
import type { PageJob, PageReply } from './page-job';

export interface RunnerLimits {
  /** Wall-clock time for one page. */
  timeoutMs: number;
  /** The worker's heap; the process stays under about this plus the main thread's 100 MB. */
  maxHeapMb: number;
}

export const RUNNER_LIMITS: RunnerLimits = { timeoutMs: 60_000, maxHeapMb: 1024 };

export type RunnerReply = PageReply | { kind: 'stopped'; why: 'time' | 'memory' | 'crash'; detail: string };

export class PageRunner {
  private worker: Worker | undefined;

  constructor(private readonly limits: RunnerLimits = RUNNER_LIMITS) {}

  run(job: PageJob): Promise<RunnerReply> {
    const worker = (this.worker ??= new Worker(new URL('./page-worker-entry.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb },
    }));
    return new Promise((resolve) => {
      const finish = (reply: RunnerReply, discard: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (discard) this.discard(worker);
        resolve(reply);
      };
      const onMessage = (reply: PageReply) => finish(reply, false);
      const onError = (error: Error) => {
        const memory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({ kind: 'stopped', why: memory ? 'memory' : 'crash', detail: error.message }, true);
      };
      const onExit = (code: number) => finish({ kind: 'stopped', why: 'crash', detail: `worker exited with ${code}` }, true);
      const timer = setTimeout(
        () => finish({ kind: 'stopped', why: 'time', detail: `over ${this.limits.timeoutMs / 1000} s` }, true),
        this.limits.timeoutMs,
      );
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Ends the worker; call when the batch is done, or the process waits for it. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    void worker.terminate();
  }
}
