/**
 * The first minute on a cold machine: Chromium lists speech-dispatcher's voices
 * 5–14 s after it starts. A Play pressed before then must be remembered and end
 * in speech, and the listener must hear what is happening meanwhile.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { launchWithExtension, readerDialog, serveFixtures, type FixtureServer, type LaunchedExtension } from './support/browser';
import { liveRegion, openAndWait, spokenSentenceNumber } from './support/overlay';

const skipReason = await realSpeechSkipReason();
if (skipReason) console.warn(`[cold-start speech e2e] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('a Play pressed before the voices have loaded', () => {
  let extension: LaunchedExtension;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    await ensureAudioSink();
    // Cold: no speech server, so the browser must start one and wait for it, as on a fresh login.
    // Only where it is ours to stop (CI, or when asked): on a desktop it may be the screen reader's.
    if (process.env.CI || process.env.LECTOR_COLD_SPEECH) {
      await promisify(execFile)('pkill', ['-f', '^([^ ]*/)?speech-dispatcher( |$)']).catch(() => undefined);
    }
    server = await serveFixtures();
    extension = await launchWithExtension({ args: ['--enable-speech-dispatcher'] });
    page = await extension.context.newPage();
  });

  afterAll(async () => {
    await extension?.close();
    await server?.close();
  });

  it('is remembered, says it is looking for voices, and ends in speech', async () => {
    await page.goto(`${server.origin}/overlay/ice-houses.html`);
    await openAndWait(page);
    const voicesAtPlay = await page.evaluate(() => speechSynthesis.getVoices().length);
    await page.keyboard.press('k');
    const playButton = readerDialog(page).locator('.lector-play');
    // The button shows the Play was taken, whether or not the voices are there yet.
    expect(await playButton.innerText()).toBe('Pause');
    if (voicesAtPlay === 0) {
      await expect.poll(() => liveRegion(page).textContent()).toBe('Looking for voices…');
    } else {
      console.warn(`[cold-start speech e2e] the browser already had ${voicesAtPlay} voices: this run did not test a cold start`);
    }
    // Waits on progress: the place moves only when a real utterance ended.
    const sentence = () => spokenSentenceNumber(page);
    await expect.poll(sentence, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
    expect(await playButton.innerText()).toBe('Pause');
    expect(await readerDialog(page).getByText('No speech voices are installed').count()).toBe(0);
    if (process.env.CI) expect(voicesAtPlay).toBe(0);
  });
});
