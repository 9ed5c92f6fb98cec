/**
 * Private windows in Firefox ESR: no reading position is written from a private window (unless the user asked,
 * settings/reading-positions-privacy.ts), while the same steps in a normal window do write one. A temporary add-on
 * may run in private windows; the window is opened by Lector's own page with `windows.create({ incognito: true })`.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { describe, expect, it } from 'vitest';
import { openReaderInFirefox, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';

/**
 * A profile in which the user has let Lector run in private windows: Firefox keeps that grant in
 * extension-preferences.json as the permission `internal:privateBrowsingAllowed`.
 */
let profile: string | null = null;
async function profileAllowingPrivateWindows(): Promise<string> {
  const dir = (profile = await mkdtemp(join(tmpdir(), 'lector-ff-private-')));
  const grant = { [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } };
  await writeFile(join(dir, 'extension-preferences.json'), JSON.stringify(grant));
  return dir;
}

const session = useFirefoxSession({ profileDir: profileAllowingPrivateWindows });
// Removed when the process exits, after Firefox has closed (after-hooks run in reverse order: one here would run first).
process.once('exit', () => {
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const positions = () =>
  session.firefox.control.evaluate(async () => {
    const stored = await (globalThis as ExtensionPageGlobal).browser.storage.local.get('readingPositions');
    return JSON.stringify(stored.readingPositions ?? {});
  });

/** Whether the tab showing `url` is in a private window, as the extension APIs say. */
const isPrivateTab = (url: string) =>
  session.firefox.control.evaluate(async (address: string) => {
    const tabs = await (globalThis as ExtensionPageGlobal).browser.tabs.query({});
    return tabs.find((tab) => tab.url === address)?.incognito ?? null;
  }, url);

async function pageAt(url: string): Promise<Page> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await session.firefox.browser.pages()) if (page.url() === url) return page;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No page at ${url}`);
}

/** Opens the reader, goes to the first heading with the user's `h` (a place worth keeping), and closes it. */
async function readAndClose(page: Page): Promise<void> {
  await page.bringToFront();
  expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
  await page.keyboard.press('h');
  await expect
    .poll(() => page.evaluate(() => document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.activeElement?.localName ?? null))
    .toBe('h1');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-lector-e2e-host]').length)).toBe(0);
}

describe('reading positions and private windows, in Firefox ESR', () => {
  it('writes one from a normal window, and none from a private window', async () => {
    const { firefox, server } = session;
    // The control: the same steps in a normal window write a position.
    const normal = await firefox.browser.newPage();
    await normal.goto(`${server.origin}/overlay/hostile-script.html?normal`);
    // First: puppeteer opens new pages in the last window, which would be the private one.
    expect(await isPrivateTab(normal.url())).toBe(false);
    await readAndClose(normal);
    await expect.poll(positions).not.toBe('{}');
    await firefox.control.evaluate(() => (globalThis as ExtensionPageGlobal).browser.storage.local.remove('readingPositions'));
    expect(await positions()).toBe('{}');

    const privateUrl = `${server.origin}/overlay/hostile-script.html?private`;
    const incognito = await firefox.control.evaluate(async (url: string) => {
      const window = await (globalThis as ExtensionPageGlobal).browser.windows.create({ incognito: true, url });
      return window?.incognito ?? null;
    }, privateUrl);
    expect(incognito).toBe(true);
    const privatePage = await pageAt(privateUrl);
    expect(await isPrivateTab(privateUrl)).toBe(true);
    await readAndClose(privatePage);
    // The normal window's position was there within a poll; give the one that must not come as long.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await positions()).toBe('{}');
    await Promise.all([privatePage.close(), normal.close()]);
  });
});
