/** The listening queue's panel page, opened as a tab, for the queue-* e2e files. */
import type { Page } from 'playwright-core';
import type { QueueEntry } from '../../../settings/listening-queue';
import type { LaunchedExtension } from './browser';

/**
 * Opens chrome-extension://<id>/sidepanel.html in a new tab and starts recording what its live regions say
 * (each new text once, in order), so quick announcements are not missed between polls.
 */
export async function openQueuePanel(extension: LaunchedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.addInitScript(recordLiveRegions);
  await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await page.locator('.lector-queue-count').waitFor();
  return page;
}

/**
 * Runs in the panel page: keeps each new text of its live regions, in order, in `window.lectorSaid` (also used by
 * the Firefox file, which cannot add init scripts to an extension page and calls it once the panel is there).
 */
export function recordLiveRegions(): void {
  const said: string[] = [];
  (window as unknown as { lectorSaid: string[] }).lectorSaid = said;
  let last = new Map<Element, string>();
  const record = () => {
    const next = new Map<Element, string>();
    for (const region of document.querySelectorAll('[role="status"]')) {
      const text = region.textContent?.trim() ?? '';
      next.set(region, text);
      if (text && last.get(region) !== text) said.push(text);
    }
    last = next;
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Everything the panel's live regions said since it opened. */
export const panelSaid = (page: Page): Promise<string[]> => page.evaluate(() => [...(window as unknown as { lectorSaid: string[] }).lectorSaid]);

/** The titles in the queue's list, in order. */
export const queueTitles = (page: Page): Promise<string[]> => page.locator('[data-queue-title]').allTextContents();

/** The stored queue's entries, read from the service worker. */
export function storedQueue(extension: LaunchedExtension): Promise<QueueEntry[]> {
  return extension.serviceWorker.evaluate(async () => {
    const { listeningQueue } = await chrome.storage.local.get('listeningQueue');
    return ((listeningQueue as { entries?: QueueEntry[] } | undefined)?.entries ?? []) as QueueEntry[];
  });
}
