/**
 * Runs bench/robustness-measure.ts in a worker thread with a time budget and a 1 GB heap, as the CLI runs a page
 * (cli/page-runner.ts): a run past either is ended and recorded as stopped, which is the answer the user gets
 * (`too-large`), and the benchmark goes on with a fresh worker instead of hanging on one page. The budget is for
 * the extraction: jsdom's parsing has its own (PARSE_BUDGET_MS), since the CLI refuses files over 10 MB before it
 * and a browser parses a page long before Lector is asked.
 */
import { Worker } from 'node:worker_threads';
import type { Measured, MeasureJob } from './robustness-measure';

/** `parse-time`: jsdom was still parsing the page when its budget ran out. */
export type Outcome = Measured | { stopped: 'time' | 'parse-time' | 'memory' | 'crash'; detail: string };

/** A new worker reads this first, outside the budget: loading tsx, jsdom and the core takes seconds under load. */
const WARM_UP: MeasureJob = { mode: 'lector', html: '<html><body><p>Warm up.</p></body></html>' };
const WARM_UP_MS = 120_000;
/** jsdom parses 20 MB in about 25 s on a loaded 2-core machine. */
const PARSE_BUDGET_MS = 120_000;

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
      const onMessage = (message: Measured | 'parsed') => {
        if (message !== 'parsed') return finish(message, false);
        clearTimeout(timer);
        timer = setTimeout(() => finish({ stopped: 'time', detail: `over ${budgetMs / 1000} s` }, true), budgetMs);
      };
      const onError = (error: Error) =>
        finish({ stopped: (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', detail: error.message }, true);
      const onExit = (code: number) => finish({ stopped: 'crash', detail: `worker exited with ${code}` }, true);
      // The warm-up's budget covers the worker's start-up; a page's first covers parsing, then its own budget starts.
      const first = job === WARM_UP ? budgetMs : PARSE_BUDGET_MS;
      let timer = setTimeout(() => finish({ stopped: job === WARM_UP ? 'time' : 'parse-time', detail: `over ${first / 1000} s` }, true), first);
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
