/**
 * Headset buttons and keyboard media keys, pressed the way a Linux desktop
 * delivers them: over MPRIS on a D-Bus session bus, to the media session the
 * reader registers. Real Chromium, real voices, the real built extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAudioSink, hasExecutable, realSpeechSkipReason } from './support/audio';
import { launchWithExtension, readerDialog, serveFixtures, type FixtureServer, type LaunchedExtension } from './support/browser';
import { startMediaKeysBus, type MediaKeysBus } from './support/media-keys-bus';
import { closeAndWait, expectAnnounced, openAndWait, spokenSentenceNumber } from './support/overlay';

const skipReason = (await realSpeechSkipReason()) ?? ((await hasExecutable('dbus-daemon')) ? null : 'dbus-daemon is not installed');
if (skipReason) console.warn(`[media keys e2e] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('media keys', () => {
  let bus: MediaKeysBus;
  let extension: LaunchedExtension;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    await ensureAudioSink();
    bus = await startMediaKeysBus();
    server = await serveFixtures();
    extension = await launchWithExtension({ args: ['--enable-speech-dispatcher'], env: bus.env });
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ rate: 2 }));
    page = await extension.context.newPage();
    await page.goto(`${server.origin}/overlay/ice-houses.html`);
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
    await bus?.close();
  });

  const playButton = () => readerDialog(page).locator('.lector-play');
  const sentenceNumber = () => spokenSentenceNumber(page);
  const player = async () => {
    let players: string[] = [];
    await expect.poll(async () => (players = await bus.players()).length, { timeout: 30_000 }).toBeGreaterThan(0);
    return players[0]!;
  };

  it('pause, play and next paragraph from the system reach the reader, which names the article', async () => {
    await openAndWait(page);
    const title = await readerDialog(page).locator('#lector-title').innerText();
    await page.keyboard.press('k');
    await expect.poll(sentenceNumber, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);

    // The reader's media session is what the desktop sees while it reads.
    const mpris = await player();
    expect(await bus.metadata(mpris)).toContain(title);

    await bus.press(mpris, 'Pause');
    await expect.poll(() => playButton().innerText()).toBe('Play');
    await expectAnnounced(page, 'Paused');
    const pausedAt = await sentenceNumber();

    await bus.press(mpris, 'Play');
    await expect.poll(() => playButton().innerText()).toBe('Pause');

    // Next track: the next paragraph, read at once.
    await bus.press(mpris, 'Next');
    await expect.poll(sentenceNumber).toBeGreaterThan(pausedAt);
    expect(await playButton().innerText()).toBe('Pause');

    await bus.press(mpris, 'PlayPause');
    await expect.poll(() => playButton().innerText()).toBe('Play');
  });

  it('lets go of the media session when the reader closes', async () => {
    await closeAndWait(page);
    await expect.poll(() => page.evaluate(() => navigator.mediaSession.playbackState)).toBe('none');
    expect(await page.evaluate(() => navigator.mediaSession.metadata)).toBeNull();
  });
});
