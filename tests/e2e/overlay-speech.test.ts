/**
 * The player with real voices (speech-dispatcher + espeak-ng into a PulseAudio
 * null sink): play from a key press, pause, keep reading from a heading
 * reached while playing, and read from a clicked sentence. The Narrator runs in
 * the content script's world, so what it does is read from the player's UI.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { realSpeechSkipReason } from './support/audio';
import { readerDialog, useExtensionSession } from './support/browser';
import { closeAndWait, expectAnnounced, liveRegion, openAndWait, pageRegistries, readerFocus, spokenSentenceNumber } from './support/overlay';

const skipReason = await realSpeechSkipReason();
if (skipReason) console.warn(`[overlay speech e2e] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('the player with real voices', () => {
  let page: Page;

  const session = useExtensionSession({
    realVoices: true,
    clearStorage: { after: 'all', areas: ['sync', 'local'] },
  });

  beforeAll(async () => {
    // Fast enough to hear several sentences in a short test.
    await session.extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ rate: 2 }));
    // One tab for the whole file: each test goes on from where the last one left the voice.
    page = await session.extension.context.newPage();
    await page.goto(`${session.server.origin}/overlay/ice-houses.html`);
  });

  const playButton = () => readerDialog(page).locator('.lector-play');
  const position = () => readerDialog(page).locator('.lector-progress').innerText();
  const spokenTitle = () => readerDialog(page).locator('#lector-title').evaluate((el) => el.hasAttribute('data-lector-spoken'));
  const sentenceNumber = () => spokenSentenceNumber(page);

  it('starts reading on a key press, the title first, and moves on as the voice speaks', async () => {
    await openAndWait(page);
    const total = Number(/Sentence 1 of (\d+)/.exec(await position())?.[1] ?? NaN);
    expect(total).toBeGreaterThan(1);
    await page.keyboard.press('k');
    await expect.poll(() => playButton().innerText()).toBe('Pause');
    // A cold Chromium may still be listing its voices ("Looking for voices…"): wait for speech itself.
    await expect.poll(() => liveRegion(page).textContent(), { timeout: 30_000 }).toBe('Playing');
    // Speaking now, and what is spoken is the title: sentence 1, and the title is marked as spoken.
    expect(await position()).toMatch(new RegExp(`^Sentence 1 of ${total}(?!\\d)`));
    expect(await spokenTitle()).toBe(true);
    // A real utterance ended and the next began: the place moved by itself, off the title.
    await expect.poll(sentenceNumber, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    expect(await spokenTitle()).toBe(false);
    expect(await position()).toContain(`of ${total}`);
    expect((await pageRegistries(page)).highlights).toContain('lector-sentence');
    const voice = await readerDialog(page).getByRole('combobox', { name: 'Voice' }).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
    expect(voice).toMatch(/\(en/i);
  });

  it('pauses and stays put', async () => {
    await page.keyboard.press('Space');
    await expect.poll(() => playButton().innerText()).toBe('Play');
    await expectAnnounced(page, 'Paused');
    const at = await position();
    await page.waitForTimeout(2_000);
    expect(await position()).toBe(at);
  });

  it('keeps reading from a heading reached while playing', async () => {
    await page.keyboard.press('Alt+Shift+K');
    await expect.poll(() => playButton().innerText()).toBe('Pause');
    await page.keyboard.press('2');
    const focused = await readerFocus(page);
    expect(focused?.tag).toBe('h2');
    await expectAnnounced(page, `Heading level 2, ${focused!.text}`);
    expect(await playButton().innerText()).toBe('Pause');
    const headingSentence = await sentenceNumber();
    await expect.poll(sentenceNumber, { timeout: 30_000 }).toBeGreaterThan(headingSentence);
    expect(await playButton().innerText()).toBe('Pause');
  });

  it('reads from a clicked sentence', async () => {
    const paragraph = readerDialog(page).locator('article p', { hasText: 'Only the stone foundation remains' });
    await paragraph.click({ position: { x: 5, y: 5 } });
    await expect.poll(() => liveRegion(page).textContent()).not.toBe('');
    await expect.poll(async () => (await sentenceNumber()) >= 30 && (await playButton().innerText()) === 'Pause', { timeout: 10_000 }).toBe(true);
  });

  it('sets the sleep timer from the keyboard to the article\'s end, and stops there saying so', async () => {
    // The minutes' expiry (a warning a minute before, then a pause) is a unit test with a fake clock: 15 real
    // minutes here would be most of the suite. The article's end is near: reading goes on from the last section.
    const sleep = readerDialog(page).getByRole('combobox', { name: 'Sleep timer' });
    await sleep.focus();
    await page.keyboard.press('ArrowDown');
    await expectAnnounced(page, 'Reading stops at the end of this article.');
    expect(await sleep.inputValue()).toBe('article-end');
    expect(await playButton().innerText()).toBe('Pause');
    // Waits on the voice reaching the end (a few sentences at 2×), not on a time budget of its own.
    await expect.poll(() => liveRegion(page).textContent(), { timeout: 180_000, interval: 100 }).toBe('Sleep timer: reading stopped.');
    expect(await playButton().innerText()).toBe('Play');
    expect(await sleep.inputValue()).toBe('');

    await sleep.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectAnnounced(page, 'Reading stops in 15 minutes.');
    expect(await sleep.inputValue()).toBe('15');
    await closeAndWait(page);
  });
});
