/**
 * Reading goes on in a background tab. Driven by puppeteer-core, not Playwright:
 * Playwright keeps every page "visible" (seen: a page behind another tab, in a
 * minimized window, or under Xvfb stays visible with 100 ms timers), while
 * puppeteer with Chromium's background switches left on hides the tab, as a real
 * browser does (an idle hidden page's timers then wake once a second).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { serveFixtures, type FixtureServer } from './support/browser';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/chromium';
import type { LectorE2E } from '../../entrypoints/background/e2e-hooks';

const skipReason = await realSpeechSkipReason();
if (skipReason) console.warn(`[background tab e2e] skipped: ${skipReason}`);

const progress = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-lector-e2e-host]')?.shadowRoot;
    const text = root?.querySelector('.lector-progress')?.textContent ?? '';
    return {
      sentence: Number(/Sentence (\d+) of/.exec(text)?.[1] ?? NaN),
      notice: root?.querySelector('.lector-notice')?.textContent ?? null,
      play: root?.querySelector<HTMLElement>('.lector-play')?.innerText.trim() ?? null,
    };
  });

describe.skipIf(skipReason !== null)('a reader in a background tab', () => {
  let browser: Browser;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    await ensureAudioSink();
    server = await serveFixtures();
    const extensionDir = inject('lectorExtensionDir');
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Puppeteer's defaults turn background throttling off and extensions off: both are what this test is about.
      ignoreDefaultArgs: [
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
        '--disable-extensions',
      ],
      args: [...CHROMIUM_FLAGS, '--enable-speech-dispatcher', `--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`],
    });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // The second page forbids all media: Lector's second of silence cannot play there, so Chromium throttles the
  // hidden tab's timers (one wake-up a second) while it reads.
  it.each([
    { query: '', page: 'a page that lets the reader play its silence' },
    { query: '?csp-no-media', page: "a page whose CSP forbids media (media-src 'none')" },
  ])('keeps reading while the user works in another tab, and the watchdog does not misfire, on $page', async ({ query }) => {
    await page.goto(`${server.origin}/overlay/ice-houses.html${query}`);
    // What the page's policy refused, seen from the page itself.
    await page.evaluate(() => {
      const refused: string[] = [];
      (window as unknown as { __refused: string[] }).__refused = refused;
      document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    const worker = await (await browser.waitForTarget((target) => target.type() === 'service_worker')).worker();
    if (!worker) throw new Error('No service worker for Lector');
    await worker.evaluate(() => chrome.storage.sync.set({ rate: 1.5 }));
    // Both cases read the same article (the policy comes in a query the reading-position key drops): no resume offer.
    await worker.evaluate(() => chrome.storage.local.clear());
    await page.bringToFront();
    const outcome = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      return (globalThis as typeof globalThis & { lectorE2E: LectorE2E }).lectorE2E.open(tab!.id!);
    });
    expect(outcome).toMatchObject({ shown: 'article' });
    await page.keyboard.press('k');
    await expect.poll(async () => (await progress(page)).sentence, { timeout: 60_000 }).toBeGreaterThanOrEqual(3);

    const other = await browser.newPage();
    await other.bringToFront();
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    // Chromium throttles a hidden tab's timers to one wake-up a second unless the tab plays media; while Lector
    // reads it plays its second of silence (for the media keys), so its timers run on time, where the page allows it.
    // A minute of speech in the background: the place keeps moving, one sentence after another, no error.
    const hiddenAt = (await progress(page)).sentence;
    const seen: number[] = [hiddenAt];
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      const now = await progress(page);
      expect(now.notice).toBeNull();
      expect(now.play).toBe('Pause');
      seen.push(now.sentence);
    }
    expect(seen.at(-1)! - hiddenAt).toBeGreaterThanOrEqual(8);
    // Never backwards, never a jump past several sentences at once (a watchdog skipping stalled utterances would).
    for (let i = 1; i < seen.length; i += 1) {
      expect(seen[i]! - seen[i - 1]!).toBeGreaterThanOrEqual(0);
      expect(seen[i]! - seen[i - 1]!).toBeLessThanOrEqual(5);
    }
    const refused = await page.evaluate(() => (window as unknown as { __refused: string[] }).__refused);
    console.info(`[background tab e2e] ${query || 'no policy'}: sentences ${seen.join(' ')}; the page's policy refused: ${JSON.stringify(refused)}`);
    await other.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-lector-e2e-host]').length)).toBe(0);
  }, 180_000);
});
