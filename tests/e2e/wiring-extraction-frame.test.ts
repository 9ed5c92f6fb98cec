/**
 * The extraction frame in Debian's Chromium: the page is read in a hidden
 * extension frame that leaves no trace, hears nothing the page can overhear,
 * loads on pages whose CSP forbids frames, and cannot be probed for by a fixed
 * address. Where the frame cannot be (a sandboxed page, a page that removes
 * it), the article is read in the page instead.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReader, readerDialog, useExtensionSession } from './support/browser';
import { closeAndWait, pageDom } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true });

interface Seen {
  added: string[];
  removed: string[];
  messages: string[];
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
const extensionFrames = (page: Page) => page.frames().filter((frame) => frame.url().startsWith('chrome-extension:'));

describe('the extraction frame', () => {
  it('is in the page only while it reads, and the page overhears none of its messages', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html`);
    const before = await pageDom(page);
    const outcome = await openReader(page);
    expect(outcome).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'frame' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await readerDialog(page).innerText()).toContain('Island councillors asked again for a third boat');
    // Read in the frame, a relative link still points into the page's site.
    expect(await readerDialog(page).getByRole('link', { name: 'the timetable' }).getAttribute('href')).toBe(`${server.origin}/timetable/winter`);

    const watched = await seen(page);
    // The frame's host came and went before the reader's own host arrived.
    expect(watched.added).toEqual(['div', 'span']);
    expect(watched.removed).toEqual(['div']);
    expect(watched.messages).toEqual([]);
    expect(await page.locator(':root > div').count()).toBe(0);
    expect(extensionFrames(page)).toEqual([]);

    await closeAndWait(page);
    expect(await pageDom(page)).toBe(before);
  });

  it('cannot be reached by the page through window.frames', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html?probe`);
    expect(await openReader(page)).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'frame' });
    expect(await readerDialog(page).innerText()).toContain('Island councillors asked again for a third boat');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const probe = await page.evaluate(
      () => (window as unknown as { __probe: { framesReached: number; hostConnected: boolean; replies: string[] } }).__probe,
    );
    // window.frames lists only frames in the document tree, not in shadow trees. (Were it reachable, the frame
    // would still ignore requests without its one-time token: entrypoints/extract-frame/answer-requests.test.ts.)
    // Probed while the frame was there (its host still in the page), not after it had gone.
    expect(probe).toEqual({ framesReached: 0, hostConnected: true, replies: [] });
  });

  it('is not needed to reopen on the unchanged page, and reads the page again once it changed', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html`);
    const framesStarted = async () => (await seen(page)).added.filter((name) => name === 'div').length;

    expect(await openReader(page)).toMatchObject({ shown: 'article', via: 'frame' });
    await closeAndWait(page);
    expect(await openReader(page)).toMatchObject({ shown: 'article', via: 'reused' });
    expect(await framesStarted()).toBe(1);
    await closeAndWait(page);

    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Update: the second boat is back in service and both crossings run again from this evening.';
      document.querySelector('article')!.append(paragraph);
    });
    expect(await openReader(page)).toMatchObject({ shown: 'article', via: 'frame' });
    expect(await framesStarted()).toBe(2);
    expect(await readerDialog(page).innerText()).toContain('the second boat is back in service');
  });

  it('is stopped and taken out by a second press of the toolbar button while it reads', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html`);
    // Once opened and closed, so the reader is injected and the second press arrives while the frame starts.
    expect(await openReader(page)).toMatchObject({ shown: 'article' });
    await closeAndWait(page);
    await page.evaluate(() => document.querySelector('article')!.append('A late correction.'));
    const before = await pageDom(page);

    expect(await Promise.all([openReader(page), openReader(page)])).toEqual([{ shown: 'closed' }, { shown: 'closed' }]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.locator('[data-lector-e2e-host]').count()).toBe(0);
    expect(await pageDom(page)).toBe(before);
    // The frame that was starting came and went.
    const watched = await seen(page);
    expect(watched.added.filter((name) => name === 'div')).toEqual(['div', 'div']);
    expect(watched.removed.filter((name) => name === 'div')).toEqual(['div', 'div']);
  });

  it('loads on a page whose CSP forbids frames, scripts and styles', async () => {
    const { page, server } = session;
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.origin}/e2e/strict-csp.html`);
    expect(await openReader(page)).toMatchObject({ shown: 'article', title: 'Library extends opening hours for exam season', via: 'frame' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await readerDialog(page).innerText()).toContain('The student union welcomed the change');
    // The page's own base-uri 'none' does not follow its copy into the frame.
    expect(await readerDialog(page).getByRole('link', { name: 'review the longer hours' }).getAttribute('href')).toBe(`${server.origin}/library/hours`);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('reads the article in the page when the page takes the frame away', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html?remove`);
    const before = await pageDom(page);
    expect(await openReader(page)).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'in-page' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await readerDialog(page).innerText()).toContain('Island councillors asked again for a third boat');
    expect((await seen(page)).added).toEqual(['div', 'span']);
    await closeAndWait(page);
    expect(await pageDom(page)).toBe(before);
  });

  it('reads the article in the page where a sandboxing CSP refuses the frame', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html?csp-sandbox`);
    // The page really is sandboxed: an opaque origin.
    expect(await page.evaluate(() => window.origin)).toBe('null');
    expect(await openReader(page)).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms', via: 'in-page' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await readerDialog(page).getByRole('link', { name: 'the timetable' }).getAttribute('href')).toBe(`${server.origin}/timetable/winter`);
    expect(await readerDialog(page).innerText()).toContain('Island councillors asked again for a third boat');
  });

  it('cannot be found by a page at its fixed address', async () => {
    const { page, server, extension } = { ...session, extension: session.extension };
    await page.goto(`${server.origin}/e2e/frame-watch.html`);
    const probe = (url: string) =>
      page.evaluate((address) => fetch(address).then((response) => `status ${response.status}`, (error: Error) => error.name), url);
    // The fixed address is refused as if Lector were not installed; only the per-session one loads.
    expect(await probe(`chrome-extension://${extension.extensionId}/extract-frame.html`)).toBe('TypeError');
    expect(await probe(`chrome-extension://${extension.extensionId}/content-scripts/reader.js`)).toBe('TypeError');
  });
});
