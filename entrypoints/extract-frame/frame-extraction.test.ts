/**
 * One extraction in the frame: Readability on the frame's thread when it is quick, in the worker when it is not,
 * and what each way the worker can end gives the reader. The worker here is a stand-in that answers as the real one
 * does (Readability on linkedom); the real worker is driven in tests/e2e/wiring-extraction-isolation.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/parse-html';
import type { PageMarkup } from '../../core/extract-markup';
import { readabilityFromMarkup } from '../../core/readability-markup';
import { fixture } from '../../tests/support/dom';
import { extractInFrame, type FrameExtraction } from './frame-extraction';
import type { OffThreadOutcome } from './off-thread-readability';
import { parseWithLinkedom } from './parse-with-linkedom';

const URL_ = 'https://globalnews.example/news/4071234/canada-isil-iraq/';
const frames: Array<{ close(): void }> = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.close();
});

function seedPage(): PageMarkup {
  const parsed = parseHtml(fixture('news/seed-article.html'), URL_);
  frames.push(parsed);
  return { html: `<!DOCTYPE html>${parsed.document.documentElement.outerHTML}`, url: URL_, baseUrl: URL_, isHtml: true };
}

/** A frame whose worker answers `outcome` (or, by default, as the real worker would), recording that it was asked. */
function frameWith(quickMs: number, outcome?: (page: PageMarkup) => OffThreadOutcome): { frame: FrameExtraction; asked: PageMarkup[] } {
  const window = parseHtml('<!DOCTYPE html><html><body></body></html>', 'chrome-extension://lector-test/extract-frame.html');
  frames.push(window);
  const asked: PageMarkup[] = [];
  const readOffThread = async (page: PageMarkup): Promise<OffThreadOutcome> => {
    asked.push(page);
    if (outcome) return outcome(page);
    const found = readabilityFromMarkup(page, parseWithLinkedom);
    return found.kind === 'done' ? { kind: 'done', readability: found.markup } : { kind: 'here', why: found.reason };
  };
  return { frame: { window: window.window as unknown as FrameExtraction['window'], readOffThread, budgetMs: 10_000, quickMs }, asked };
}

const live = () => new AbortController().signal;

describe('an extraction in the frame', () => {
  it('runs Readability on its own thread when it is quick, and never starts the worker', async () => {
    const { frame, asked } = frameWith(10_000);
    const result = await extractInFrame(seedPage(), live(), frame);
    expect(result).toMatchObject({ kind: 'article', title: expect.stringContaining('Canada focused on defeating ISIL') });
    expect(asked).toEqual([]);
  });

  it('hands a page Readability could not finish within the quick budget to the worker, and finds the same article', async () => {
    const page = seedPage();
    const quick = await extractInFrame(page, live(), frameWith(10_000).frame);
    const { frame, asked } = frameWith(0);
    const viaWorker = await extractInFrame(page, live(), frame);
    expect(asked.map((p) => p.url)).toEqual([URL_]);
    expect(viaWorker).toEqual(quick);
  });

  it('answers nothing when the reader took the request back while the worker read', async () => {
    const { frame } = frameWith(0, () => ({ kind: 'cancelled' }));
    expect(await extractInFrame(seedPage(), live(), frame)).toBeNull();
  });

  it('says "too slow" when the worker used up the budget', async () => {
    const { frame } = frameWith(0, () => ({ kind: 'spent' }));
    expect(await extractInFrame(seedPage(), live(), frame)).toEqual({ kind: 'no-article', code: 'frame-timeout' });
  });

  it("runs Readability itself when the worker could not (the article is still found), and takes the worker's 'no article'", async () => {
    const failed = frameWith(0, () => ({ kind: 'here', why: 'the worker failed' }));
    expect(await extractInFrame(seedPage(), live(), failed.frame)).toMatchObject({ kind: 'article' });
    const none = frameWith(0, () => ({ kind: 'done', readability: null }));
    expect(await extractInFrame(seedPage(), live(), none.frame)).toEqual({ kind: 'no-article', code: 'no-content' });
  });

  it('stops after the parse when the request is already taken back, and says "not a web page" for an image', async () => {
    const cancel = new AbortController();
    cancel.abort();
    const { frame, asked } = frameWith(0);
    expect(await extractInFrame(seedPage(), cancel.signal, frame)).toBeNull();
    expect(await extractInFrame({ ...seedPage(), isHtml: false }, live(), frame)).toEqual({ kind: 'no-article', code: 'not-html' });
    expect(asked).toEqual([]);
  });
});
