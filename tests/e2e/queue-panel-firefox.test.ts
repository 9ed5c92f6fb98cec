/**
 * The listening queue in Firefox ESR with Firefox's own speech
 * (speech-dispatcher + espeak-ng into a PulseAudio null sink): three articles
 * added from three tabs as "Add page to listening queue" does (the e2e hook on
 * the background page), the tabs closed, and the panel page (the sidebar's
 * page, opened as a tab: WebDriver BiDi may not open the sidebar) reads all
 * three in order, announcing each. Its keys are real key presses.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { LectorE2E } from '../../entrypoints/background/e2e-hooks';
import type { QueueAddOutcome } from '../../messaging/protocol';
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { FIREFOX_PATH, firefoxTabIdOf, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';
import { recordLiveRegions } from './support/queue-panel';

const skipReason = (await realSpeechSkipReason()) ?? (existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH}`);
if (skipReason) console.warn(`[firefox queue e2e] skipped: ${skipReason}`);

const FIXTURES = ['queue/river.html', 'queue/lamp.html', 'queue/bridge.html'];

describe.skipIf(skipReason !== null)('the listening queue in Firefox ESR', () => {
  const session = useFirefoxSession({ beforeLaunch: ensureAudioSink });

  async function addFromTab(fixture: string): Promise<QueueAddOutcome> {
    const { firefox, server } = session;
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/${fixture}`);
    const tabId = await firefoxTabIdOf(firefox, page);
    const json = await firefox.control.evaluate(async (id: number) => {
      const api = (globalThis as ExtensionPageGlobal).browser;
      const background = (await api.runtime.getBackgroundPage()) as (Window & { lectorE2E?: LectorE2E }) | null;
      if (!background?.lectorE2E) throw new Error('The background page has no lectorE2E hook (not an e2e build?)');
      return JSON.stringify(await background.lectorE2E.addToQueue(id));
    }, tabId);
    await page.close();
    return JSON.parse(json) as QueueAddOutcome;
  }

  /** The panel's page in a tab Lector opens itself (BiDi may not navigate to moz-extension://). */
  async function openPanel(): Promise<Page> {
    const { firefox } = session;
    await firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.tabs.create({ url: '/sidepanel.html' }));
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      for (const page of await firefox.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === `${firefox.extensionOrigin}/sidepanel.html`) {
          await page.waitForSelector('.lector-queue-count');
          await page.evaluate(recordLiveRegions);
          return page;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('The panel page did not open');
  }

  const said = (page: Page) => page.evaluate(() => [...(window as unknown as { lectorSaid: string[] }).lectorSaid]);
  const articleTitle = (page: Page) => page.evaluate(() => document.querySelector('#lector-title')?.textContent ?? '');

  it('adds three articles from three tabs, then reads all three in order with real voices, announcing each', async () => {
    const { firefox } = session;
    await firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.sync.set({ rate: 3 }));
    const titles: string[] = [];
    for (const [index, fixture] of FIXTURES.entries()) {
      const outcome = await addFromTab(fixture);
      expect(outcome).toMatchObject({ kind: 'added', count: index + 1 });
      if (outcome.kind === 'added') titles.push(outcome.title);
    }
    const panel = await openPanel();
    expect(await panel.$$eval('[data-queue-title]', (items) => items.map((item) => item.textContent))).toEqual(titles);
    expect(await panel.$eval('.lector-queue-count', (el) => el.textContent)).toBe('Articles in the queue: 3');
    await panel.focus('[data-queue-title]');
    await panel.keyboard.press('Enter');
    await expect.poll(() => articleTitle(panel), { timeout: 15_000 }).toBe(titles[0]);
    await expect.poll(() => said(panel), { timeout: 90_000 }).toContain(`Next: ${titles[1]}`);
    await expect.poll(() => articleTitle(panel), { timeout: 15_000 }).toBe(titles[1]);
    await expect.poll(() => said(panel), { timeout: 90_000 }).toContain(`Next: ${titles[2]}`);
    await expect.poll(() => articleTitle(panel), { timeout: 15_000 }).toBe(titles[2]);
    await expect.poll(() => said(panel), { timeout: 90_000 }).toContain('End of the listening queue.');
    const log = await said(panel);
    expect(log).toContain('Playing');
    const stored = await firefox.control.evaluate(async () => {
      const { listeningQueue } = await (globalThis as ExtensionPageGlobal).browser.storage.local.get('listeningQueue');
      return ((listeningQueue as { entries: Array<{ listened: boolean }> }).entries ?? []).map((entry) => entry.listened);
    });
    expect(stored).toEqual([true, true, true]);
    // Reordered by keyboard here too.
    await panel.focus('[data-queue-title]');
    await panel.keyboard.down('Alt');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.up('Alt');
    await expect.poll(() => said(panel)).toContain(`${titles[0]} moved to 2 of 3.`);
    expect(await panel.$$eval('[data-queue-title]', (items) => items.map((item) => item.textContent))).toEqual([titles[1], titles[0], titles[2]]);
    await panel.close();
  }, 300_000);
});
