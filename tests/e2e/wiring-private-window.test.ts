/**
 * Private windows in Debian's Chromium: no reading position is written from an
 * incognito window (unless the user asked, settings/reading-positions-privacy.ts),
 * while the same steps in a normal window write one. The user's "Allow in
 * incognito" is given as the extensions page gives it (`developerPrivate`,
 * which only chrome://extensions may call); the window is opened by Lector's
 * service worker with `windows.create({ incognito: true })`. The control: the same
 * steps write one in a normal window, and in an incognito one once the user asks.
 */
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/browser';

const session = useExtensionSession({ newPagePerTest: true });

type E2EGlobal = typeof globalThis & { lectorE2E: { menuClick(id: number, info: { menuItemId: string; selectionText?: string }): Promise<unknown>; open(id: number): Promise<unknown> } };

/** The part of chrome://extensions' private API used here. */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionConfiguration(update: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
  getExtensionInfo(id: string): Promise<{ incognitoAccess: { isActive: boolean } }>;
}

/** Where "Read aloud from here" starts: the second paragraph, a place worth keeping. */
const SELECTION = 'Salting and smoking kept meat';

async function readFromHereAndClose(worker: Worker, tabId: number): Promise<unknown> {
  const outcome = await worker.evaluate(
    ([id, selectionText]) => (globalThis as E2EGlobal).lectorE2E.menuClick(id, { menuItemId: 'lector-read-from-here', selectionText }),
    [tabId, SELECTION] as const,
  );
  // The toolbar button again closes the reader, which keeps the place reached.
  await worker.evaluate((id: number) => (globalThis as E2EGlobal).lectorE2E.open(id), tabId);
  return outcome;
}

const positions = (worker: Worker) => worker.evaluate(async () => JSON.stringify((await chrome.storage.local.get('readingPositions')).readingPositions ?? {}));

async function openTab(worker: Worker, url: string, incognito: boolean): Promise<number> {
  return worker.evaluate(
    async ([address, inPrivate]) => {
      const window = await chrome.windows.create({ url: address, incognito: inPrivate });
      const tabId = window?.tabs?.[0]?.id;
      if (tabId === undefined) throw new Error('no tab');
      while ((await chrome.tabs.get(tabId)).status !== 'complete') await new Promise((resolve) => setTimeout(resolve, 50));
      return tabId;
    },
    [url, incognito] as const,
  );
}

/** The extension's service worker once it answers (the one from before a reload is gone). */
async function runningWorker(workers: () => Worker[]): Promise<Worker> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const worker of workers().reverse()) {
      const ready = await worker.evaluate(() => typeof (globalThis as E2EGlobal).lectorE2E === 'object').catch(() => false);
      if (ready) return worker;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('No running service worker');
}

describe('reading positions and private windows, in Chromium', () => {
  it('writes one from a normal window, and none from an incognito window', async () => {
    const { page, server, extension } = session;
    // The user's "Allow in incognito" on the extensions page; Chromium may reload the extension for it.
    await page.goto('chrome://extensions');
    const allowed = await page.evaluate(async (id: string) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      // Without developer mode, Chromium disables an unpacked extension when it reloads ("unsupportedDeveloperExtension").
      await api.updateProfileConfiguration({ inDeveloperMode: true });
      await api.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
      return (await api.getExtensionInfo(id)).incognitoAccess.isActive;
    }, extension.extensionId);
    expect(allowed).toBe(true);
    // An extension page wakes the reloaded extension's service worker (refused while the reload is under way).
    await expect
      .poll(() => page.goto(`chrome-extension://${extension.extensionId}/options.html`).then(() => true, () => false), { timeout: 30_000 })
      .toBe(true);
    const worker = await runningWorker(extension.context.serviceWorkers.bind(extension.context));

    const url = `${server.origin}/overlay/ice-houses.html`;
    const normalTab = await openTab(worker, `${url}?normal`, false);
    expect(await readFromHereAndClose(worker, normalTab)).toMatchObject({ shown: 'article' });
    await expect.poll(() => positions(worker), { timeout: 10_000 }).not.toBe('{}');
    await worker.evaluate(() => chrome.storage.local.remove('readingPositions'));

    const privateTab = await openTab(worker, `${url}?private`, true);
    expect(await worker.evaluate(async (id: number) => (await chrome.tabs.get(id)).incognito, privateTab)).toBe(true);
    const outcome = await readFromHereAndClose(worker, privateTab);
    expect(outcome).toMatchObject({ shown: 'article' });
    // Given time to write, as the normal window was: nothing comes.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await positions(worker)).toBe('{}');

    // And it is the private window that kept it out: once the user asks for positions there too, one is written.
    await worker.evaluate(() => chrome.storage.local.set({ rememberPrivateReadingPositions: true }));
    const askedTab = await openTab(worker, `${url}?private-asked`, true);
    await readFromHereAndClose(worker, askedTab);
    await expect.poll(() => positions(worker), { timeout: 10_000 }).toContain('/overlay/ice-houses.html');
  }, 120_000);
});
