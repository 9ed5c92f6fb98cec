/** The listening queue's panel page in Firefox ESR (puppeteer over WebDriver BiDi), for the queue-*-firefox e2e files. */
import type { Page } from 'puppeteer-core';
import type { LectorE2E } from '../../../entrypoints/background/e2e-hooks';
import type { QueueAddOutcome } from '../../../messaging/protocol';
import type { FixtureServer } from './browser';
import { firefoxTabIdOf, type ExtensionPageGlobal, type LaunchedFirefox } from './firefox';
import { recordLiveRegions } from './queue-panel';

/** What "Add page to listening queue" does for a new tab showing `fixture` (the e2e hook on the background page); the tab is closed after. */
export async function addFirefoxTabToQueue(firefox: LaunchedFirefox, server: FixtureServer, fixture: string): Promise<QueueAddOutcome> {
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

/** The panel's page in a tab Lector opens itself (BiDi may not navigate to moz-extension://), recording its live regions. */
export async function openFirefoxQueuePanel(firefox: LaunchedFirefox): Promise<Page> {
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

export const firefoxPanelSaid = (page: Page): Promise<string[]> => page.evaluate(() => [...(window as unknown as { lectorSaid: string[] }).lectorSaid]);

export const firefoxQueueTitles = (page: Page): Promise<string[]> =>
  page.$$eval('[data-queue-title]', (items) => items.map((item) => item.textContent ?? ''));
