/**
 * Issue 19, attack 5 in Debian's Chromium: content that imitates the reader
 * (a "Close reader" button, the reader's ids), hidden `<title>` text that
 * would be spoken, and links in any namespace without `rel`. The reader shows
 * the article without them, plays, closes with the page as it was, and
 * storage is unchanged. (Firefox: cross-browser-firefox-hostile-content.)
 */
import { describe, expect, it } from 'vitest';
import { HIDDEN_WORDS, misleadingPage, misleadingReport } from '../support/misleading-page';
import { useExtensionSession } from './support/browser';
import { readerSnapshot } from './support/hostile-page';
import { closeAndWait, openAndWait, pageDom } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });

const storageNow = () =>
  session.extension.serviceWorker.evaluate(async () => JSON.stringify([await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]));

describe('content that imitates the reader', () => {
  it('is shown without its hidden words, false controls, borrowed ids or rel-less links', async () => {
    const { page, server } = session;
    const url = `${server.origin}/generated/misleading.html`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: misleadingPage() }));
    await page.goto(url);
    const before = await pageDom(page);
    const stored = await storageNow();
    await openAndWait(page);

    const report = await page.evaluate(misleadingReport, HIDDEN_WORDS);
    // The article is there (the attack did not empty it), and none of the attack is.
    expect(report.words).toBeGreaterThan(300);
    expect(report).toMatchObject({ hiddenWordsShown: false, titles: 0, imitatingRoles: [], readerNames: [], articleIdsLikeReader: [], linksWithoutRel: [] });

    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(readerSnapshot).then((shot) => shot.play)).toBe('Pause');
    await page.keyboard.press('k');
    await closeAndWait(page);
    expect(await pageDom(page)).toBe(before);
    expect(await storageNow()).toBe(stored);
  });
});
