/**
 * Launches Debian's Chromium with real voices on the speech test page. Free of
 * vitest imports, so `bench/speech.bench.ts` can use it too.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureAudioSink } from '../audio';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import { serveSpeechPage, type SpeechPageServer } from './server';

export { CHROMIUM_PATH };

/** The flags every Lector test launch uses, plus speech-dispatcher voices. */
export const SPEECH_CHROMIUM_ARGS = [...CHROMIUM_FLAGS, '--enable-speech-dispatcher'];

export interface SpeechSession {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Starts the audio sink, the page server and Chromium, and opens the speech test page. */
export async function openSpeechPage(): Promise<SpeechSession> {
  await ensureAudioSink();
  const server: SpeechPageServer = await serveSpeechPage();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: SPEECH_CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    const opened = browser;
    return {
      browser: opened,
      page,
      async close() {
        await page.evaluate('window.lectorSpeech.narrator?.dispose()').catch(() => undefined);
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
