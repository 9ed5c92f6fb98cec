/**
 * Runs bench/robustness-measure.ts in a worker thread with a time budget and a 1 GB heap, as the CLI runs a page
 * (cli/page-runner.ts): a run past either is ended and recorded as stopped, which is the answer the user gets
 * (`too-large`), and the benchmark goes on with a fresh worker instead of hanging on one page.
 */
import { Worker } from 'node:worker_threads';
import type { Measured, MeasureJob } from './robustness-measure';

export type Outcome = Measured | { stopped: 'time' | 'memory' | 'crash'; detail: string };

/** A new worker reads this first, outside the budget: loading tsx, jsdom and the core takes seconds under load. */
const WARM_UP: MeasureJob = { mode: 'lector', html: '<html><body><p>Warm up.</p></body></html>' };
const WARM_UP_MS = 120_000;

export class MeasureRunner {
  private worker: Worker | undefined;

  constructor(private readonly budgetMs: number, private readonly maxHeapMb = 1024) {}

  async run(job: MeasureJob): Promise<Outcome> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./robustness-worker-entry.mjs', import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      });
      const warm = await this.send(this.worker, WARM_UP, WARM_UP_MS);
      if ('stopped' in warm) return warm;
    }
    return this.send(this.worker, job, this.budgetMs);
  }

  private send(worker: Worker, job: MeasureJob, budgetMs: number): Promise<Outcome> {
    return new Promise((resolve) => {
      const finish = (outcome: Outcome, discard: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (discard) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (measured: Measured) => finish(measured, false);
      const onError = (error: Error) =>
        finish({ stopped: (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', detail: error.message }, true);
      const onExit = (code: number) => finish({ stopped: 'crash', detail: `worker exited with ${code}` }, true);
      const timer = setTimeout(() => finish({ stopped: 'time', detail: `over ${budgetMs / 1000} s` }, true), budgetMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
