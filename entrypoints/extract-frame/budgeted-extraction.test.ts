/**
 * One extraction as the frame and the in-page fallback run it: a page is read whole when nothing stops it, a
 * cancel stops it at the next stage (the later stages never run), and a stage past the budget is stopped from inside.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractSteps, type ExtractSteps } from '../../core/extract';
import { extractWithinBudget } from './budgeted-extraction';

const prose = 'The harbour committee met on Tuesday and agreed that the work on the new pier should begin in spring. ';
const story = `<!doctype html><html lang="en"><head><title>Pier</title></head><body><article><h1>Pier</h1>${`<p>${prose.repeat(3)}</p>`.repeat(6)}</article></body></html>`;

function pageWindow(html: string) {
  return new JSDOM(html, { url: 'https://e.example/pier' }).window;
}

describe('extractWithinBudget', () => {
  it('reads a page whole when nothing stops it, and leaves the accessors as they were', async () => {
    const win = pageWindow(story);
    const before = Object.getOwnPropertyDescriptor(win.Node.prototype, 'textContent');
    const run = await extractWithinBudget(() => extractSteps(win.document, { window: win as never }), win, 60_000);
    expect(run.kind).toBe('done');
    expect(run.kind === 'done' && run.result.kind).toBe('article');
    expect(Object.getOwnPropertyDescriptor(win.Node.prototype, 'textContent')).toEqual(before);
  });

  it('stops at the next stage once cancelled: the later stages never run', async () => {
    const win = pageWindow(story);
    const cancel = new AbortController();
    const stages: string[] = [];
    function* watched(): ExtractSteps {
      const steps = extractSteps(win.document, { window: win as never });
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        stages.push(step.value);
        // The reader closed while this stage ran: the cancel is seen at the pause after it.
        if (step.value === 'clone') cancel.abort();
        yield step.value;
      }
    }
    const run = await extractWithinBudget(watched, win, 60_000, cancel.signal);
    expect(run).toEqual({ kind: 'cancelled' });
    expect(stages).toEqual(['limits', 'clone']);
  });

  it('is cancelled before it starts when the signal is already aborted', async () => {
    const win = pageWindow(story);
    const cancel = new AbortController();
    cancel.abort();
    expect(await extractWithinBudget(() => extractSteps(win.document, { window: win as never }), win, 60_000, cancel.signal)).toEqual({ kind: 'cancelled' });
  });

  it('is spent when a stage runs past the budget, stopped from inside the stage', async () => {
    const win = pageWindow(story);
    let reads = 0;
    function* endless(): ExtractSteps {
      yield 'parse';
      // A stage that would never end unless something stops it from inside.
      for (;;) reads += win.document.body.textContent!.length > 0 ? 1 : 0;
    }
    expect(await extractWithinBudget(endless, win, 50)).toEqual({ kind: 'spent' });
    expect(reads).toBeGreaterThan(0);
  });

  it("lets an error that is not the budget's through", async () => {
    const win = pageWindow(story);
    function* failing(): ExtractSteps {
      yield 'parse';
      throw new TypeError('broken');
    }
    await expect(extractWithinBudget(failing, win, 60_000)).rejects.toThrow(TypeError);
  });
});
