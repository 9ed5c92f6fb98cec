/**
 * Launches Debian's Chromium with real voices on the speech test page. Free of
 * vitest imports, so `bench/speech.bench.ts` can use it too.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureAudioSink } from '../audio';
import { serveSpeechPage, type SpeechPageServer } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags every Lector test launch uses (as in ../browser.ts, which imports
 * vitest and so cannot be loaded by the bench), plus speech-dispatcher voices.
 */
export const SPEECH_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-speech-dispatcher',
];

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
