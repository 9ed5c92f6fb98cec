/**
 * The extraction frame in Debian's Chromium: the page is read in a hidden
 * extension frame that leaves no trace, hears nothing the page can overhear,
 * loads on pages whose CSP forbids frames, and cannot be probed for by a fixed
 * address. A page that takes the frame away gets a clear message, not a hang.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openReader, readerDialog, useExtensionSession } from './support/browser';
import { pageDom } from './support/overlay';

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
    expect(outcome).toMatchObject({ shown: 'article', title: 'Ferry service to the islands resumes after winter storms' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await readerDialog(page).innerText()).toContain('Island councillors asked again for a third boat');
    // Read in the frame, a relative link still points into the page's site.
    expect(await readerDialog(page).getByRole('link', { name: 'the timetable' }).getAttribute('href')).toBe(`${server.origin}/timetable/winter`);

    const watched = await seen(page);
    // The frame's host came and went before the reader's own host arrived.
    expect(watched.added).toEqual(['lector-extract', 'lector-reader']);
    expect(watched.removed).toEqual(['lector-extract']);
    expect(watched.messages).toEqual([]);
    expect(await page.locator('lector-extract').count()).toBe(0);
    expect(extensionFrames(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('lector-reader').count()).toBe(0);
    expect(await pageDom(page)).toBe(before);
  });

  it('is not needed to reopen on the unchanged page, and reads the page again once it changed', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html`);
    const close = async () => {
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('lector-reader').count()).toBe(0);
    };
    const framesStarted = async () => (await seen(page)).added.filter((name) => name === 'lector-extract').length;

    expect(await openReader(page)).toMatchObject({ shown: 'article' });
    await close();
    expect(await openReader(page)).toMatchObject({ shown: 'article' });
    expect(await framesStarted()).toBe(1);
    await close();

    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Update: the second boat is back in service and both crossings run again from this evening.';
      document.querySelector('article')!.append(paragraph);
    });
    expect(await openReader(page)).toMatchObject({ shown: 'article' });
    expect(await framesStarted()).toBe(2);
    expect(await readerDialog(page).innerText()).toContain('the second boat is back in service');
  });

  it('loads on a page whose CSP forbids frames, scripts and styles', async () => {
    const { page, server } = session;
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.origin}/e2e/strict-csp.html`);
    expect(await openReader(page)).toMatchObject({ shown: 'article', title: 'Library extends opening hours for exam season' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await readerDialog(page).innerText()).toContain('The student union welcomed the change');
    // The page's own base-uri 'none' does not follow its copy into the frame.
    expect(await readerDialog(page).getByRole('link', { name: 'review the longer hours' }).getAttribute('href')).toBe(`${server.origin}/library/hours`);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('tells the user, and offers the page as text, when the page takes the frame away', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/frame-watch.html?remove`);
    const outcome = await openReader(page);
    expect(outcome).toEqual({
      shown: 'no-article',
      code: 'error',
      reason: 'Lector could not start reading this page: the page did not let its reading frame load.',
    });
    const dialog = readerDialog(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('the page did not let its reading frame load');
    // Reading the page's text needs no frame.
    await dialog.getByRole('button', { name: 'All the text of the page' }).click();
    await expect.poll(() => dialog.locator('article').innerText()).toContain('Ferry service to the islands resumes');
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
