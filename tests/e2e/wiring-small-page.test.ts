/**
 * A small page is read in the page's own process (entrypoints/reader.content/in-page-choice.ts): no extraction
 * frame is ever added, the article is the one the frame would give, and the page is as it was once the reader closes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReader, readerDialog, useExtensionSession } from './support/browser';
import { closeAndWait, pageDom } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true });

/** Watches, from before the trigger, every element added to the page's root (where the frame's host would go). */
const watchRoot = (page: Page) =>
  page.evaluate(() => {
    const added: string[] = [];
    (window as unknown as { __added: string[] }).__added = added;
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) added.push(node.localName);
    }).observe(document, { childList: true, subtree: true });
  });
const addedToPage = (page: Page) => page.evaluate(() => (window as unknown as { __added: string[] }).__added);

describe('a small page', () => {
  it('is read in the page without the extraction frame, and left unchanged', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/news/seed-article.html`);
    const before = await pageDom(page);
    await watchRoot(page);
    expect(await openReader(page)).toMatchObject({ shown: 'article', via: 'in-page' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    // Only the reader's own host came: no frame host (a div) and no extension frame, ever.
    expect(await addedToPage(page)).toEqual(['span']);
    expect(page.frames().filter((frame) => frame.url().startsWith('chrome-extension:'))).toEqual([]);

    await closeAndWait(page);
    expect(await pageDom(page)).toBe(before);
    // A reopen on the unchanged page reuses what was read in place.
    expect(await openReader(page)).toMatchObject({ shown: 'article', via: 'reused' });
    await closeAndWait(page);
  });

  it('gives the same article as the frame does for the same page marked for the frame', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/news/seed-article.html`);
    const inPage = await openReader(page);
    const inPageText = await readerDialog(page).locator('article').innerText();
    await closeAndWait(page);
    await page.goto(`${server.origin}/news/seed-article.html`);
    await page.evaluate(() => document.documentElement.setAttribute('data-lector-e2e-frame', ''));
    const framed = await openReader(page);
    expect(inPage).toMatchObject({ shown: 'article', via: 'in-page' });
    expect(framed).toMatchObject({ shown: 'article', via: 'frame' });
    expect(await readerDialog(page).locator('article').innerText()).toBe(inPageText);
    await closeAndWait(page);
  });
});
