/**
 * A page too large to read whole (issue #18) in Chromium: the notice offers the
 * first part, the user takes it with the keyboard, and the reader shows and
 * announces the article of that part, titled as such, leaving the page as it was.
 */
import { describe, expect, it } from 'vitest';
import { openReader, readerDialog, useExtensionSession } from './support/browser';
import { closeAndWait, expectAnnounced, pageDom, readerFocus } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true });

/** 18,000 paragraphs, 5.6 million characters of text: past the 5 million Lector reads whole (core/page-limits.ts). */
function tooLargePage(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 18_000; i++) {
    paragraphs.push(`<p>Report ${i + 1}: the harbour committee met again on Tuesday and agreed that the repairs to the old pier should begin in spring, before the summer ferries return, and that the cost, which had grown by a third since the first estimate, would be shared between the town, the port authority and the regional government.</p>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><title>The harbour reports</title></head><body><article><h1>The harbour reports</h1>${paragraphs.join('')}</article></body></html>`;
}

describe('a page too large to read whole', () => {
  it('offers its first part, which opens by keyboard as an article marked and announced as partial', async () => {
    const { page, server } = session;
    const url = `${server.origin}/generated/too-large.html`;
    const html = tooLargePage();
    expect(html.length).toBeGreaterThan(5_000_000);
    // Made here, served from 127.0.0.1 like the fixtures: a 6 MB page has no place in the repository.
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    const before = await pageDom(page);

    expect(await openReader(page)).toMatchObject({ shown: 'no-article', code: 'too-large' });
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await readerDialog(page).innerText()).toContain('This page is too large to read whole');

    // From the focused title, Tab reaches the offer; Enter takes it.
    for (let i = 0; i < 5 && (await readerFocus(page))?.text !== 'The first part of the page'; i++) await page.keyboard.press('Tab');
    expect(await readerFocus(page)).toMatchObject({ tag: 'button', text: 'The first part of the page' });
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'The harbour reports (first part)' });
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    await expectAnnounced(page, 'Showing the first part of the page: the whole page is too large to read.');
    expect(await readerDialog(page).innerText()).toContain('Report 1: the harbour committee met again');
    // A long first part goes on screen a piece at a time (components/article-mount.ts): wait for the rest.
    await expect.poll(() => readerDialog(page).innerText(), { timeout: 60_000 }).toContain('Report 1000: the harbour committee');
    expect(await readerDialog(page).innerText()).not.toContain('Report 18000:');

    await closeAndWait(page);
    expect(await pageDom(page)).toBe(before);
  }, 120_000);
});
