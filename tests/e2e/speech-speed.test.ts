/**
 * Speeds above the slider's top with real voices (speech-dispatcher + espeak-ng):
 * 8× typed into the player's number field while reading is stored, and the same
 * two sentences are read much faster than at 1×. The Narrator runs in the content
 * script's world, so what it does is read from the player's UI.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { realSpeechSkipReason } from './support/audio';
import { readerDialog, useExtensionSession } from './support/browser';
import { closeAndWait, openAndWait, spokenSentenceNumber } from './support/overlay';

const skipReason = await realSpeechSkipReason();
if (skipReason) console.warn(`[speech speed e2e] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('speaking speed up to 10× with real voices', () => {
  let page: Page;

  const session = useExtensionSession({
    realVoices: true,
    clearStorage: { after: 'all', areas: ['sync', 'local'] },
  });

  beforeAll(async () => {
    await session.extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ rate: 1 }));
    page = await session.extension.context.newPage();
    await page.goto(`${session.server.origin}/overlay/ice-houses.html`);
  });

  const dialog = () => readerDialog(page);
  const playButton = () => dialog().locator('.lector-play');
  const sentenceNumber = () => spokenSentenceNumber(page);
  const storedRate = () => session.extension.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('rate'))['rate']);
  // Three sentences in two paragraphs: "Before electric refrigeration, …", "Butter turned rancid …", "Salting and smoking …".
  const paragraph = () => dialog().locator('article p', { hasText: 'Before electric refrigeration' });

  /** Reads from the paragraph's first sentence; milliseconds from the start of its 2nd sentence to the start of its 4th. */
  async function timeTwoSentences(): Promise<number> {
    await paragraph().click({ position: { x: 5, y: 5 } });
    await expect.poll(() => playButton().innerText()).toBe('Pause');
    await expect.poll(sentenceNumber, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    const first = await sentenceNumber();
    await expect.poll(sentenceNumber, { timeout: 60_000, interval: 20 }).toBe(first + 1);
    const started = Date.now();
    await expect.poll(sentenceNumber, { timeout: 120_000, interval: 20 }).toBe(first + 3);
    return Date.now() - started;
  }

  it('reaches 8× from the number field while reading, stores it, and reads faster', async () => {
    await openAndWait(page);
    const slider = dialog().getByRole('slider', { name: 'Speed' });
    const exact = dialog().getByRole('spinbutton', { name: /^Exact speed/ });
    expect(await slider.getAttribute('max')).toBe('4');
    expect(await exact.getAttribute('max')).toBe('10');

    const atOne = await timeTwoSentences();

    // Still reading: 8× typed and committed with Enter applies to the sentence being read.
    expect(await playButton().innerText()).toBe('Pause');
    const before = await sentenceNumber();
    await exact.fill('8');
    await exact.press('Enter');
    await expect.poll(storedRate).toBe(8);
    expect(await exact.inputValue()).toBe('8');
    expect(await slider.inputValue()).toBe('4');
    expect(await slider.getAttribute('aria-valuetext')).toBe('8.0×');
    const setAt = Date.now();
    // The sentence being read when 8× was set is re-spoken at 8× (measured below, not bounded).
    await expect.poll(sentenceNumber, { timeout: 60_000, interval: 20 }).toBeGreaterThan(before);
    const restOfSentence = Date.now() - setAt;

    const atEight = await timeTwoSentences();
    console.info(
      `[speech speed e2e] two sentences: ${atOne} ms at 1×, ${atEight} ms at 8× (×${(atOne / atEight).toFixed(1)}); ` +
        `the sentence being read when 8× was set ended ${restOfSentence} ms later`,
    );
    expect(atEight).toBeLessThan(atOne / 2);
    await closeAndWait(page);
  });
});
