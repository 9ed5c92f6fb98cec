/**
 * One robustness measurement, as the worker of bench/robustness.bench.ts runs it: jsdom parses the page, then
 * either bare Readability reads a clone of it, or Lector's pipeline runs stage by stage, so that Lector's own passes
 * (everything but Readability) can be told apart from Readability's cost on the same page.
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../cli/parse-html';
import { extractSteps } from '../core/extract';

export interface MeasureJob {
  mode: 'bare' | 'lector';
  html: string | Uint8Array;
}

export interface Measured {
  parseMs: number;
  /** Bare: Readability with its clone. Lector: the whole pipeline. */
  ms: number;
  /** Lector only: the Readability stage within `ms`; the rest is Lector's own passes (clone included). */
  readabilityMs: number;
  /** `article`, a no-article code, or for bare Readability `article` / `none`. */
  outcome: string;
  /** An exception or Lector's `error` code, with its message. */
  crashed: string | null;
  /** The process's resident memory after the run (every worker shares it). */
  rssMb: number;
}

/** `parsed` is called once jsdom has parsed the page, before the measured work (the runner's budget starts there). */
export function measure({ mode, html }: MeasureJob, parsed: () => void = () => {}): Measured {
  let crashed: string | null = null;
  let parseMs = 0;
  let ms = 0;
  let readabilityMs = 0;
  let outcome = '';
  try {
    let started = performance.now();
    const page = parseHtml(html, 'https://news.example/story');
    parseMs = performance.now() - started;
    parsed();
    started = performance.now();
    if (mode === 'bare') {
      try {
        outcome = new Readability(page.document.cloneNode(true) as Document).parse() ? 'article' : 'none';
      } catch {
        outcome = 'threw'; // bare Readability's own failures are its own; its time is the yardstick
      }
      ms = performance.now() - started;
    } else {
      const steps = extractSteps(page.document, { window: page.window });
      let last = started;
      for (;;) {
        const step = steps.next();
        const now = performance.now();
        if (step.value === 'readability') readabilityMs += now - last;
        last = now;
        if (step.done) {
          const result = step.value;
          outcome = result.kind === 'article' ? 'article' : result.code;
          if (result.kind === 'no-article' && result.code === 'error') crashed = result.detail;
          break;
        }
      }
      ms = performance.now() - started;
    }
    try {
      page.close();
    } catch {
      // jsdom's close() (cli/page-job.ts catches it the same way)
    }
  } catch (error) {
    crashed = error instanceof Error ? error.message : String(error);
  }
  return { parseMs, ms, readabilityMs, outcome, crashed, rssMb: process.memoryUsage().rss / 1024 / 1024 };
}
