/**
 * The first minute of listening in Firefox ESR, with Firefox's own speech
 * (speech-dispatcher + espeak-ng into a PulseAudio null sink), as
 * speech-cold-start, speech-speed, overlay-speech and speech-background-tab do
 * in Chromium: a Play pressed while the voices load, 8× from the number field,
 * the sleep timer at the article's end, image descriptions, and a hidden tab.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import {
  FIREFOX_PATH,
  firefoxPlayerState,
  openReaderInFirefox,
  useFirefoxSession,
  type ExtensionPageGlobal,
} from './support/firefox';

const skipReason = (await realSpeechSkipReason()) ?? (existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH}`);
if (skipReason) console.warn(`[firefox speech e2e] skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('listening in Firefox ESR with real voices', () => {
  let page: Page;
  const session = useFirefoxSession({
    beforeLaunch: async () => {
      await ensureAudioSink();
      // Cold: no speech server, as on a fresh login; only where it is ours to stop (see speech-cold-start).
      if (process.env.CI || process.env.LECTOR_COLD_SPEECH) {
        await promisify(execFile)('pkill', ['-f', '^([^ ]*/)?speech-dispatcher( |$)']).catch(() => undefined);
      }
    },
  });

  const player = () => firefoxPlayerState(page);
  const setSync = (values: Record<string, unknown>) =>
    session.firefox.control.evaluate((items: Record<string, unknown>) => (globalThis as ExtensionPageGlobal).browser.storage.sync.set(items), values);
  const readerHosts = () => page.evaluate(() => document.querySelectorAll('[data-lector-e2e-host]').length);
  /**
   * Clicks or focuses an element of the reader found by `selector` (the e2e build's shadow root is open), as the
   * user would: the click is real input, since the reader ignores clicks a script makes.
   */
  const inReader = async (selector: string, action: 'focus' | 'click', containing = '') => {
    const handle = await page.evaluateHandle(
      (query: string, text: string) => {
        const all = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelectorAll<HTMLElement>(query) ?? [];
        const el = [...all].find((candidate) => candidate.textContent?.includes(text));
        if (!el) throw new Error(`nothing matches ${query} in the reader`);
        return el;
      },
      selector,
      containing,
    );
    const element = handle.asElement() as ElementHandle<HTMLElement> | null;
    if (!element) throw new Error(`${selector} is no element`);
    if (action === 'focus') await element.focus();
    else await element.click({ offset: { x: 5, y: 5 } });
    await handle.dispose();
  };

  async function open(path: string): Promise<void> {
    await page.goto(`${session.server.origin}/${path}`);
    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
    await expect.poll(async () => (await player()).play).not.toBeNull();
  }

  async function close(): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(readerHosts).toBe(0);
  }

  beforeAll(async () => {
    page = await session.firefox.browser.newPage();
  });

  it('keeps a Play pressed before the voices have loaded, and it ends in speech', async () => {
    await setSync({ rate: 2 });
    await open('overlay/ice-houses.html');
    const voicesAtPlay = await page.evaluate(() => speechSynthesis.getVoices().length);
    await page.keyboard.press('k');
    expect((await player()).play).toBe('Pause');
    if (voicesAtPlay === 0) await expect.poll(async () => (await player()).live).toBe('Looking for voices…');
    else console.warn(`[firefox speech e2e] Firefox already listed ${voicesAtPlay} voices at the first Play: no cold start tested`);
    // Waits on progress: the place moves only when a real utterance ended.
    await expect.poll(async () => (await player()).sentence, { timeout: 90_000 }).toBeGreaterThanOrEqual(2);
    expect((await player()).play).toBe('Pause');
    await close();
  });

  it('reaches 8× from the number field while reading, and reads faster than at 1×', async () => {
    await setSync({ rate: 1 });
    await open('overlay/ice-houses.html');
    /** Milliseconds from the start of the 2nd sentence after a click on the first paragraph to the start of its 4th. */
    const timeTwoSentences = async () => {
      await inReader('article p', 'click');
      await expect.poll(async () => (await player()).play).toBe('Pause');
      const first = (await player()).sentence;
      await expect.poll(async () => (await player()).sentence, { timeout: 60_000, interval: 20 }).toBe(first + 1);
      const started = Date.now();
      await expect.poll(async () => (await player()).sentence, { timeout: 120_000, interval: 20 }).toBe(first + 3);
      return Date.now() - started;
    };
    const atOne = await timeTwoSentences();
    await inReader('input[type="number"]', 'focus');
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => session.firefox.control.evaluate(async () => (await (globalThis as ExtensionPageGlobal).browser.storage.sync.get('rate'))['rate']))
      .toBe(8);
    const atEight = await timeTwoSentences();
    console.info(`[firefox speech e2e] two sentences: ${atOne} ms at 1×, ${atEight} ms at 8× (×${(atOne / atEight).toFixed(1)})`);
    expect(atEight).toBeLessThan(atOne / 1.5);
    await close();
  }, 300_000);

  it('stops at the end of the article when the sleep timer says so, and says it did', async () => {
    await setSync({ rate: 2 });
    await open('overlay/ice-houses.html');
    // From the last section: a few sentences to the end.
    await inReader('article p', 'click', 'The exhibition opens');
    await expect.poll(async () => (await player()).play).toBe('Pause');
    await inReader('select:has(option[value="article-end"])', 'focus');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await player()).live).toBe('Reading stops at the end of this article.');
    await expect.poll(async () => (await player()).live, { timeout: 120_000, interval: 100 }).toBe('Sleep timer: reading stopped.');
    expect((await player()).play).toBe('Play');
    await close();
  });

  it("reads an image's alt text before its caption, as a stop of its own", async () => {
    await open('news/seed-article.html');
    const said: string[] = [];
    for (let step = 0; step < 8; step++) {
      const before = (await player()).live;
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await player()).live).not.toBe(before);
      said.push((await player()).live);
    }
    const at = said.indexOf('Image: Maj.-Gen. Peter Dawe at a podium');
    expect(at, said.join('\n')).toBeGreaterThanOrEqual(0);
    expect(said[at + 1]).toContain('Major-General Peter Dawe speaks to reporters');
    await close();
  });

  it('goes on reading while its tab is in the background', async () => {
    await setSync({ rate: 2 });
    await open('overlay/ice-houses.html');
    await page.keyboard.press('k');
    await expect.poll(async () => (await player()).sentence, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const other = await session.firefox.browser.newPage();
    await other.goto(`${session.server.origin}/e2e/no-article.html`);
    await other.bringToFront();
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('hidden');
    const hiddenAt = (await player()).sentence;
    // Several sentences while hidden: each one means an utterance ended and the next began in a background tab.
    await expect.poll(async () => (await player()).sentence, { timeout: 90_000 }).toBeGreaterThanOrEqual(hiddenAt + 4);
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    expect((await player()).play).toBe('Pause');
    await other.close();
    await page.bringToFront();
    await close();
  });

  it('lists the voices on the options page, stores the one chosen for a language, and speaks a sample', async () => {
    // The control page is Lector's own (the welcome tab): it may go to the options page, which tests cannot open.
    const options = session.firefox.control;
    await options.evaluate(() => location.assign('/options.html'));
    await options.waitForFunction(() => location.pathname === '/options.html' && document.querySelector('[data-voice-status]') !== null);
    await options.waitForFunction(() => document.querySelector('[data-voice-status]')?.getAttribute('data-voice-status') !== 'looking', {
      timeout: 90_000,
    });
    const status = await options.$eval('[data-voice-status]', (el) => ({ state: el.getAttribute('data-voice-status'), text: el.textContent }));
    expect(status.state).toBe('ready');
    expect(status.text).toMatch(/^\d+ voices found\.$/);
    await options.select('#voice-language', 'fr');
    const french = await options.$$eval('#voice option', (all) => all.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    expect(french[0]).toEqual({ value: '', label: 'Browser default' });
    const voice = french.find((choice) => /\(fr/i.test(choice.label));
    expect(voice).toBeDefined();
    await options.select('#voice', voice!.value);
    await expect
      .poll(() => options.evaluate(async () => (await (globalThis as ExtensionPageGlobal).browser.storage.sync.get('voicesByLanguage'))['voicesByLanguage']))
      .toEqual({ fr: voice!.value });
    const buttons = () => options.$$eval('.actions button', (all) => all.map((b) => b.textContent));
    await options.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent === 'Test voice')?.click());
    await expect.poll(buttons).toContain('Stop');
    // A few seconds of real speech; the Stop button goes when it ends.
    await expect.poll(buttons, { timeout: 30_000 }).not.toContain('Stop');
    await options.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.clear());
  });

  it('sent nothing towards the internet', () => {
    expect(session.firefox.trap.attempts).toEqual([]);
  });
});
