/**
 * What a listener hears of the article's pictures: an image's alt text is read
 * after the block before it, as "Image: …", before its caption; with "Read image
 * captions and descriptions aloud" off, neither is read. Stepped sentence by
 * sentence while paused, so the reader says each place in its live region and no
 * voice is needed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/browser';
import { closeAndWait, liveRegion, openAndWait } from './support/overlay';

const DESCRIPTION = 'Image: Maj.-Gen. Peter Dawe at a podium';
const CAPTION_START = 'Major-General Peter Dawe speaks to reporters';

/** What the reader announces at each of the first `steps` sentences, stepping with → while paused. */
async function stepThrough(page: Page, steps: number): Promise<string[]> {
  const said: string[] = [];
  for (let step = 0; step < steps; step++) {
    const before = await liveRegion(page).textContent();
    await page.keyboard.press('ArrowRight');
    // Two places can say the same words; the region is cleared and refilled, so wait for a change or give up quietly.
    await expect.poll(() => liveRegion(page).textContent()).not.toBe(before === '' ? '\u0000' : before);
    said.push((await liveRegion(page).textContent()) ?? '');
  }
  return said;
}

describe('image descriptions in what is read', () => {
  const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });

  it('reads the photo\'s alt text, labelled, just before its caption', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/news/seed-article.html`);
    await openAndWait(page);
    const said = await stepThrough(page, 8);
    const at = said.indexOf(DESCRIPTION);
    expect(at, said.join('\n')).toBeGreaterThanOrEqual(0);
    expect(said[at + 1]).toContain(CAPTION_START);
    await closeAndWait(page);
  });

  it('reads neither the description nor the caption when the options page says so', async () => {
    const { page, server, extension } = session;
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ readCaptions: false }));
    await page.goto(`${server.origin}/news/seed-article.html`);
    await openAndWait(page);
    const said = await stepThrough(page, 8);
    expect(said.length).toBe(8);
    expect(said.filter((text) => text.startsWith('Image:') || text.includes(CAPTION_START)), said.join('\n')).toEqual([]);
    await closeAndWait(page);
  });
});
