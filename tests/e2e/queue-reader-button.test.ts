/**
 * The reader's own "Add to queue" button in Chromium: a real click adds the
 * article on screen (no second extraction), the reader's live region says so
 * with the count, and a second click says it is queued already.
 */
import { describe, expect, it } from 'vitest';
import { readerDialog, useExtensionSession } from './support/browser';
import { liveRegion, openAndWait } from './support/overlay';
import { storedQueue } from './support/queue-panel';

const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['local'] } });

describe("the reader's queue buttons", () => {
  it('add the article on screen, say so, and do not queue it twice', async () => {
    const { page, server, extension } = session;
    await page.goto(`${server.origin}/queue/river.html`);
    await openAndWait(page);
    await readerDialog(page).getByRole('button', { name: 'Add to queue' }).click();
    await expect.poll(() => liveRegion(page).textContent()).toBe('Added to the listening queue: The River That Ran Backwards. Articles in the queue: 1.');
    expect((await storedQueue(extension)).map((entry) => entry.url)).toEqual([`${server.origin}/queue/river.html`]);
    await readerDialog(page).getByRole('button', { name: 'Add to queue' }).click();
    await expect.poll(() => liveRegion(page).textContent()).toBe('Already in the listening queue: The River That Ran Backwards.');
    expect(await storedQueue(extension)).toHaveLength(1);
  });
});
