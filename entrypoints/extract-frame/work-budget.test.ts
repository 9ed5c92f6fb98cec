/**
 * The frame's time budget stops the pipeline from inside: a page that would keep the extension's shared process
 * busy for minutes is given up on within the budget, a normal page is not touched, and the frame's DOM is left as
 * it was.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractFromMarkup } from '../../core/extract-markup';
import { FRAME_TIMEOUTS } from '../reader.content/extraction-frame';
import { FRAME_WORK_BUDGET_MS, runWithinBudget, WorkBudgetSpent } from './work-budget';

const frameWindow = () => new JSDOM('<!doctype html><html><body></body></html>', { url: 'chrome-extension://lector-test/extract-frame.html' }).window;

/** The heavy page of issue 19: short "READ MORE" / "Advertisement" paragraphs, `pairs` of each. */
function heavyPage(pairs: number): string {
  const parts = ['<!doctype html><html lang="en"><head><title>Heavy</title></head><body><article><h1>Heavy page</h1>'];
  for (let i = 0; i < pairs; i++) {
    parts.push(`<p class="promo-block" data-slot="promo-${i}"><a href="/stories/${i}/read-the-full-story">READ MORE</a></p>\n`);
    parts.push(`<p class="ad-label" data-slot="ad-${i}">Advertisement</p>\n`);
  }
  return `${parts.join('')}</article></body></html>`;
}

describe('the extraction frame work budget', () => {
  it('is spent before the reader gives up on the frame', () => {
    expect(FRAME_WORK_BUDGET_MS).toBeLessThan(FRAME_TIMEOUTS.finish);
  });

  it('stops a walk of the DOM once the clock passes the deadline, and says so', () => {
    const win = frameWindow();
    win.document.body.innerHTML = '<p>one</p><p>two</p>';
    let clock = 0;
    let reads = 0;
    const run = runWithinBudget(
      win,
      100,
      () => {
        // Endless unless something stops it from inside.
        for (;;) reads += win.document.body.textContent!.length > 0 ? 1 : 0;
      },
      () => (clock += 1),
    );
    expect(run.spent).toBe(true);
    expect(run.value).toBeNull();
    expect(reads).toBeGreaterThan(0);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(100);
  });

  it('keeps throwing until the work unwinds, even through a catch that carries on', () => {
    const win = frameWindow();
    let clock = 0;
    let caught = 0;
    const run = runWithinBudget(
      win,
      10,
      () => {
        for (;;) {
          try {
            for (;;) void win.document.body.childNodes;
          } catch (error) {
            expect(error).toBeInstanceOf(WorkBudgetSpent);
            caught += 1;
            if (caught > 3) throw new Error('a second try ran on');
          }
          // The rule "after an error, try again" touches the DOM again: that throws too.
          void win.document.body.children;
        }
      },
      () => (clock += 1),
    );
    expect(run.spent).toBe(true);
    expect(caught).toBe(1);
  });

  it('returns the work of a page within budget, and leaves the accessors as they were', () => {
    const win = frameWindow();
    const before = Object.getOwnPropertyDescriptor(win.Node.prototype, 'textContent');
    const page = { html: heavyPage(3).replace('<h1>', '<p>A short introduction that has real words.</p><h1>'), url: 'https://e.example/a', baseUrl: 'https://e.example/a', isHtml: true };
    const run = runWithinBudget(win, 60_000, () => extractFromMarkup(page, win as never));
    expect(run.spent).toBe(false);
    expect(run.value?.kind).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(win.Node.prototype, 'textContent')).toEqual(before);
    // Errors that are not the budget's are the caller's to see.
    expect(() => runWithinBudget(win, 1_000, () => { throw new RangeError('bad'); })).toThrow(RangeError);
  });

  it('gives up on a heavy page of short paragraphs from inside Readability, at once once the budget is spent', () => {
    const win = frameWindow();
    // 4,000 paragraphs: jsdom takes over 20 s for the whole pipeline here (the 50,000 of the real-browser test, minutes).
    const page = { html: heavyPage(2_000), url: 'https://e.example/heavy', baseUrl: 'https://e.example/heavy', isHtml: true };
    let spentAt: number | null = null;
    const budget = 300;
    let deadline = Number.POSITIVE_INFINITY;
    const clock = () => {
      const now = performance.now();
      if (deadline === Number.POSITIVE_INFINITY) deadline = now + budget;
      if (now > deadline && spentAt === null) spentAt = now;
      return now;
    };
    const run = runWithinBudget(win, budget, () => extractFromMarkup(page, win as never), clock);
    expect(run.spent).toBe(true);
    expect(run.value).toBeNull();
    expect(spentAt).not.toBeNull();
    // From the moment the budget was found spent, the pipeline unwound without doing more work.
    expect(performance.now() - spentAt!).toBeLessThan(1_000);
  }, 60_000);
});
