/**
 * What a listener hears of the article's pictures: an image's alt text is read
 * after the block before it, as "Image: …", before its caption; with "Read image
 * captions and descriptions aloud" off, neither is read. Stepped sentence by
 * sentence while paused, so the reader says each place in its live region and no
 * voice is needed.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/browser';
import { closeAndWait, openAndWait, placesSaidStepping } from './support/overlay';

const DESCRIPTION = 'Image: Maj.-Gen. Peter Dawe at a podium';
const CAPTION_START = 'Major-General Peter Dawe speaks to reporters';

describe('image descriptions in what is read', () => {
  const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });

  it('reads the photo\'s alt text, labelled, just before its caption', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/news/seed-article.html`);
    await openAndWait(page);
    const said = await placesSaidStepping(page, 8);
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
    const said = await placesSaidStepping(page, 8);
    expect(said.length).toBe(8);
    expect(said.filter((text) => text.startsWith('Image:') || text.includes(CAPTION_START)), said.join('\n')).toEqual([]);
    await closeAndWait(page);
  });
});
