/**
 * One page's extraction cannot hold up another tab's, in Debian's Chromium. Every tab's extraction frame runs in
 * the extension's one process and its one main thread; the heavy page of issue 19 (4.5 MB, 50,000 short
 * "READ MORE" / "Advertisement" paragraphs) once kept that thread busy for minutes after its reader gave up, and
 * every other tab's frame timed out behind it and fell back to reading in the page. Readability, the long
 * synchronous call, now runs in a worker of the frame (entrypoints/extract-frame/off-thread-readability.ts): other
 * tabs' frames run beside it, and a reader that closes or gives up terminates it at once. The rest of the work
 * stops at its budget (work-budget.ts) and at the next stage once the reader closes (core/run-steps.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FRAME_WORK_BUDGET_MS } from '../../entrypoints/extract-frame/work-budget';
import { openReader, readerDialog, useExtensionSession } from './support/browser';
import { closeAndWait } from './support/overlay';
import { heavyReadMorePage } from '../support/hostile-pages';
import { sizedArticle } from '../../bench/support/sized-article';

const session = useExtensionSession();

/** How long after its frame loaded the heavy page's reader is closed: past the parse, inside Readability. */
const READABILITY_UNDER_WAY_MS = 4_000;

/** `headers`: a sandboxing CSP gives the page an opaque origin, which may not frame extension pages. */
async function openHeavyPage(context: BrowserContext, origin: string, headers: Record<string, string> = {}, script = ''): Promise<Page> {
  const url = `${origin}/generated/heavy-page.html${headers['content-security-policy'] ? '?sandboxed' : ''}`;
  const body = heavyReadMorePage().replace('</body>', `${script}</body>`);
  expect(body.length).toBeGreaterThan(4_400_000);
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body }));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** A normal article in another tab, changed each time so that it is read again rather than reused. */
async function openOtherTab(context: BrowserContext, origin: string): Promise<{ page: Page; open: () => ReturnType<typeof openReader> }> {
  const page = await context.newPage();
  await page.goto(`${origin}/e2e/frame-watch.html`);
  let edits = 0;
  const open = async () => {
    await page.evaluate((n) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Correction number ${n}: the evening crossing leaves ten minutes later than first printed.`;
      document.querySelector('article')!.append(paragraph);
    }, ++edits);
    return openReader(page);
  };
  return { page, open };
}

/** Resolves once the reader's extraction frame in `page` has loaded. */
function extractionFrameLoaded(page: Page): Promise<void> {
  return new Promise<void>((resolve) => {
    page.on('framenavigated', (frame) => {
      if (frame.url().includes('/extract-frame.html')) void frame.waitForLoadState('load').then(() => resolve());
    });
  });
}

describe('extraction isolation', () => {
  it('after a reader gives up on the heavy page, another tab opens at once, read in its own frame', async () => {
    const { extension, server } = session;
    const heavy = await openHeavyPage(extension.context, server.origin);
    const started = performance.now();
    const outcome = await openReader(heavy);
    const heavyMs = performance.now() - started;
    // "Too slow", said by the frame itself (via 'frame'): it stopped its work. A reader that had to give up on a
    // silent frame says the same words but with via 'none', and the work would still be running.
    expect(outcome).toMatchObject({ shown: 'no-article', code: 'frame-timeout', via: 'frame' });
    expect(heavyMs).toBeGreaterThan(FRAME_WORK_BUDGET_MS);

    const other = await openOtherTab(extension.context, server.origin);
    const otherStarted = performance.now();
    // Read in its frame: a frame stuck behind the heavy page's work fails to load and the page is read in place.
    expect(await other.open()).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'frame' });
    const otherMs = performance.now() - otherStarted;
    await expect.poll(() => readerDialog(other.page).isVisible()).toBe(true);

    // The options page, an extension page in the same process, draws too.
    const options = await extension.context.newPage();
    const optionsStarted = performance.now();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await expect.poll(() => options.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const optionsMs = performance.now() - optionsStarted;
    console.info(`heavy page given up after ${Math.round(heavyMs)} ms; other tab opened in ${Math.round(otherMs)} ms; options page in ${Math.round(optionsMs)} ms`);
    await Promise.all([heavy.close(), other.page.close(), options.close()]);
  });

  it('a reader closed while the frame works on the heavy page stops the work: the next open in another tab is read in its frame', async () => {
    const { extension, server } = session;
    const heavy = await openHeavyPage(extension.context, server.origin);
    // The reader sends the page to its frame as soon as the frame has loaded: from then on the frame is working.
    const frameLoaded = extractionFrameLoaded(heavy);
    const other = await openOtherTab(extension.context, server.origin);
    const first = openReader(heavy);
    await frameLoaded;
    // A second press of the toolbar button closes the reader while its frame works.
    expect(await openReader(heavy)).toEqual({ shown: 'closed' });
    expect(await first).toEqual({ shown: 'closed' });
    const closedAt = performance.now();
    expect(await heavy.locator(':root > div').count()).toBe(0);

    // Read in its frame at the first try: a frame stuck behind the heavy page's work (which its 10 s budget alone
    // would stop) fails to load within FRAME_TIMEOUTS.load and the page is read in place instead.
    expect(await other.open()).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'frame' });
    console.info(`other tab read in its frame ${Math.round(performance.now() - closedAt)} ms after the heavy page's reader closed`);
    await closeAndWait(other.page);
    await Promise.all([heavy.close(), other.page.close()]);
  });

  it('while the heavy page is still being read, another tab opens and is read in its own frame', async () => {
    const { extension, server } = session;
    const heavy = await openHeavyPage(extension.context, server.origin);
    const frameLoaded = extractionFrameLoaded(heavy);
    const other = await openOtherTab(extension.context, server.origin);
    let heavySettled = false;
    const heavyOutcome = openReader(heavy).finally(() => (heavySettled = true));
    await frameLoaded;
    // Past the page's copy: the heavy page's Readability is running (it runs for its whole budget on this page).
    await new Promise((resolve) => setTimeout(resolve, READABILITY_UNDER_WAY_MS / 2));
    const otherStarted = performance.now();
    expect(await other.open()).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'frame' });
    const otherMs = performance.now() - otherStarted;
    // Read beside the heavy page's work, not after it.
    expect(heavySettled).toBe(false);
    await closeAndWait(other.page);
    expect(await heavyOutcome).toMatchObject({ shown: 'no-article', code: 'frame-timeout', via: 'frame' });
    console.info(`other tab read in its frame in ${Math.round(otherMs)} ms while the heavy page was being read`);
    await Promise.all([heavy.close(), other.page.close()]);
  });

  it('a reader closed while Readability runs on the heavy page: another tab is read in its frame, and the test prints how long it waited', async () => {
    const { extension, server } = session;
    const heavy = await openHeavyPage(extension.context, server.origin);
    const frameLoaded = extractionFrameLoaded(heavy);
    const other = await openOtherTab(extension.context, server.origin);
    const first = openReader(heavy);
    await frameLoaded;
    // Past the copy of the 4.5 MB page: the frame's worker is in Readability, which takes its whole budget on this page.
    await new Promise((resolve) => setTimeout(resolve, READABILITY_UNDER_WAY_MS));
    expect(await openReader(heavy)).toEqual({ shown: 'closed' });
    expect(await first).toEqual({ shown: 'closed' });
    const closedAt = performance.now();
    const outcome = await other.open();
    const waitedMs = performance.now() - closedAt;
    console.info(`closed ${READABILITY_UNDER_WAY_MS} ms into the frame's work: other tab answered after ${Math.round(waitedMs)} ms, via ${'via' in outcome ? outcome.via : '?'}`);
    // In its frame: the heavy page's worker was terminated when its reader closed, and never held the frames' thread.
    expect(outcome).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'frame' });
    await closeAndWait(other.page);
    await Promise.all([heavy.close(), other.page.close()]);
  });

  it("a long real article Readability cannot finish within the frame's quick budget is read in the worker, and shown whole", async () => {
    const { extension, server } = session;
    // 3 MB of numbered parts of the seed article: far more than 100 ms of Readability on the frame's thread.
    const body = sizedArticle(3_000_000);
    const lastPart = (body.match(/<h2>Part \d+<\/h2>/g) ?? []).length;
    const url = `${server.origin}/generated/long-article.html`;
    await extension.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const page = await extension.context.newPage();
    await page.goto(url);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    expect(await openReader(page)).toMatchObject({ shown: 'article', title: expect.stringContaining('Canada focused on defeating ISIL'), via: 'frame' });
    // The worker ran (the frame starts it only for such a page), and its article is the whole one.
    expect(workers.filter((address) => address.endsWith('/readability-worker.js'))).toHaveLength(1);
    await page.keyboard.press('o');
    await expect.poll(() => readerDialog(page).locator('.lector-outline-link', { hasText: new RegExp(`^Part ${lastPart}$`) }).count(), { timeout: 30_000 }).toBe(1);
    await page.keyboard.press('Escape'); // the contents first, then the reader
    await closeAndWait(page);
    await page.close();
  });

  it('where the frame cannot be, the heavy page read in the page stops at the budget: too large, and the page goes on', async () => {
    const { extension, server } = session;
    // The page's own clock: the longest wait between its timer's ticks while Lector reads it.
    const ticker = '<script>let last = performance.now(); window.longestGap = 0; setInterval(() => { const now = performance.now(); window.longestGap = Math.max(window.longestGap, now - last); last = now; }, 50);</script>';
    const heavy = await openHeavyPage(extension.context, server.origin, { 'content-security-policy': 'sandbox allow-scripts' }, ticker);
    expect(await heavy.evaluate(() => window.origin)).toBe('null');
    const started = performance.now();
    // Too large, said by the in-page extraction itself: it stopped at its budget. The reader offers to read a selected part.
    expect(await openReader(heavy)).toMatchObject({ shown: 'no-article', code: 'too-large', via: 'in-page' });
    const heavyMs = performance.now() - started;
    await expect.poll(() => readerDialog(heavy).isVisible()).toBe(true);
    // The page's own script still runs, and its timer ticked during the reading.
    const gap = await heavy.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
    expect(gap).toBeGreaterThan(0);
    console.info(`heavy page read in place: too-large after ${Math.round(heavyMs)} ms; the page's longest wait between timer ticks ${Math.round(gap)} ms`);
    await closeAndWait(heavy);
    await heavy.close();
  });
});
