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
import { ensureAudioSink, realSpeechSkipReason } from './support/audio';
import { FIREFOX_PATH, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';
import { addFirefoxTabToQueue, firefoxPanelSaid, openFirefoxQueuePanel } from './support/queue-panel-firefox';

const skipReason = (await realSpeechSkipReason()) ?? (existsSync(FIREFOX_PATH) ? null : `no Firefox at ${FIREFOX_PATH}`);
if (skipReason) console.warn(`[firefox queue e2e] skipped: ${skipReason}`);

const FIXTURES = ['queue/river.html', 'queue/lamp.html', 'queue/bridge.html'];

describe.skipIf(skipReason !== null)('the listening queue in Firefox ESR', () => {
  const session = useFirefoxSession({ beforeLaunch: ensureAudioSink });

  const addFromTab = (fixture: string) => addFirefoxTabToQueue(session.firefox, session.server, fixture);
  const openPanel = () => openFirefoxQueuePanel(session.firefox);
  const said = firefoxPanelSaid;
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
    // Reordered and removed by keyboard here too.
    await panel.focus('[data-queue-title]');
    await panel.keyboard.down('Alt');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.up('Alt');
    await expect.poll(() => said(panel)).toContain(`${titles[0]} moved to 2 of 3.`);
    expect(await panel.$$eval('[data-queue-title]', (items) => items.map((item) => item.textContent))).toEqual([titles[1], titles[0], titles[2]]);
    // And removed by keyboard: focus stayed on the article moved; Delete removes it.
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(titles[0]);
    await panel.keyboard.press('Delete');
    await expect.poll(() => said(panel)).toContain(`Removed: ${titles[0]}. Articles in the queue: 2.`);
    expect(await panel.$$eval('[data-queue-title]', (items) => items.map((item) => item.textContent))).toEqual([titles[1], titles[2]]);
    await panel.close();
  }, 300_000);
});
