/**
 * Issue 19 in Firefox ESR, attacks 5 and 6: content that imitates the reader
 * (a "Close reader" button, the reader's ids), hidden `<title>` text, links in
 * any namespace without `rel`; and a page that gives itself a huge address with
 * `history.replaceState`. Each time the reader shows the article without the
 * attack, plays on the user's key, closes with the page as it was, and storage
 * keeps at most one short reading position. (Chromium: overlay-hostile-content,
 * wiring-long-address.) The page is generated and served by the test's own server.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_KEY_LENGTH } from '../../settings/reading-positions-key';
import { HIDDEN_WORDS, misleadingPage, misleadingReport } from '../support/misleading-page';
import { FIXTURES_DIR, serveFixtures, type FixtureServer } from './support/fixture-server';
import { openReaderInFirefox, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';
import { readerSnapshot } from './support/hostile-page';

const session = useFirefoxSession();

let server: FixtureServer;
let origin = '';
let page: Page;

beforeAll(async () => {
  const body = misleadingPage();
  // Every address on this server is the generated page.
  server = await serveFixtures(FIXTURES_DIR, { generated: () => body });
  origin = server.origin;
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  page = await session.firefox.browser.newPage();
  await page.goto(`${origin}/misleading/harbour.html`);
  await page.bringToFront();
});

afterEach(async () => {
  await page.close();
  await session.firefox.control.evaluate(async () => {
    const api = (globalThis as ExtensionPageGlobal).browser;
    await Promise.all([api.storage.sync.clear(), api.storage.local.clear()]);
  });
});

const storage = () =>
  session.firefox.control.evaluate(async () => {
    const api = (globalThis as ExtensionPageGlobal).browser;
    return JSON.stringify({ sync: await api.storage.sync.get(null), local: await api.storage.local.get(null) });
  });
const positionKeys = () =>
  session.firefox.control.evaluate(async () => {
    const stored = await (globalThis as ExtensionPageGlobal).browser.storage.local.get('readingPositions');
    return Object.keys((stored.readingPositions ?? {}) as Record<string, unknown>);
  });
const pageDom = () => page.evaluate(() => document.documentElement.outerHTML);
const hosts = () => page.evaluate(() => document.querySelectorAll('[data-lector-e2e-host]').length);

/** Plays and pauses with the user's `k`, steps to the next sentence (a place worth keeping) and closes with Escape. */
async function playAndClose(): Promise<void> {
  await page.keyboard.press('k');
  await expect.poll(() => page.evaluate(readerSnapshot).then((shot) => shot.play), { timeout: 30_000 }).toBe('Pause');
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect.poll(hosts, { timeout: 30_000 }).toBe(0);
}

describe('hostile content and addresses, in Firefox ESR', () => {
  it('shows the article without hidden words, false controls, borrowed ids or rel-less links', async () => {
    const before = await pageDom();
    const stored = await storage();
    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article', via: 'frame' });
    await expect.poll(hosts).toBe(1);
    const report = await page.evaluate(misleadingReport, HIDDEN_WORDS);
    expect(report.words).toBeGreaterThan(300);
    expect(report).toMatchObject({ hiddenWordsShown: false, titles: 0, imitatingRoles: [], readerNames: [], articleIdsLikeReader: [], linksWithoutRel: [] });
    await page.keyboard.press('k');
    await expect.poll(() => page.evaluate(readerSnapshot).then((shot) => shot.play), { timeout: 30_000 }).toBe('Pause');
    await page.keyboard.press('k');
    await page.keyboard.press('Escape');
    await expect.poll(hosts, { timeout: 30_000 }).toBe(0);
    expect(await pageDom()).toBe(before);
    expect(await storage()).toBe(stored);
  });

  it('keeps a short reading position for a page that gave itself a 1.9 MB address', async () => {
    // Firefox may refuse an address that long (its own limit is lower than Chromium's 2 MB): then the page keeps the longest it accepts.
    const length = await page.evaluate(() => {
      for (const size of [1_900_000, 1_000_000, 500_000]) {
        try {
          history.replaceState(null, '', `/misleading/${'1'.repeat(size)}?utm_source=x#top`);
          return location.href.length;
        } catch {
          // Too long for this browser: try a shorter one.
        }
      }
      return location.href.length;
    });
    console.info(`Firefox took a ${length}-character address`);
    expect(length).toBeGreaterThan(100_000);
    const before = await pageDom();
    const started = performance.now();
    expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article', via: 'frame' });
    console.info(`opened in ${Math.round(performance.now() - started)} ms`);
    await expect.poll(hosts).toBe(1);
    await playAndClose();
    expect(await pageDom()).toBe(before);
    expect(await page.evaluate(() => location.href.length)).toBe(length);
    await expect.poll(positionKeys, { timeout: 10_000 }).toHaveLength(1);
    const [key] = await positionKeys();
    expect(key?.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(key?.startsWith(`${origin}/misleading/111`)).toBe(true);
    expect((await storage()).length).toBeLessThan(MAX_KEY_LENGTH + 300);
  }, 300_000);
});
