/**
 * The page-script attacks of overlay-hostile-script.test.ts, in Firefox ESR
 * (where content scripts see the page through Xray wrappers rather than an
 * isolated world): synthetic events, pre-defined custom elements, page CSS,
 * a later modal dialog, the host taken away. Each attack fails, the reader
 * still answers the user's keys, and the extension's storage is unchanged.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openReaderInFirefox, useFirefoxSession, type ExtensionPageGlobal } from './support/firefox';
import {
  addPageStyle,
  driveReaderWithSyntheticEvents,
  fakePromptValue,
  predefineReaderElements,
  readerSnapshot,
  removePageStyles,
  rootEffects,
  showFakePrompt,
  takeHostAway,
} from './support/hostile-page';

const FULL = { width: 1280, height: 900 };

let page: Page;
const session = useFirefoxSession();

const snapshot = () => page.evaluate(readerSnapshot);
const storage = () =>
  session.firefox.control.evaluate(async () => {
    const api = (globalThis as ExtensionPageGlobal).browser;
    return JSON.stringify({ sync: await api.storage.sync.get(null), local: await api.storage.local.get(null) });
  });
const pageKeys = () => page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys.splice(0));
const pageDom = () => page.evaluate(() => document.documentElement.outerHTML);

async function openAndWait(): Promise<void> {
  expect(await openReaderInFirefox(session.firefox, page)).toMatchObject({ shown: 'article' });
  await expect.poll(async () => (await snapshot()).box?.height ?? 0).toBeGreaterThan(0);
}

/** The reader answers the user's own keys: `h` goes to the article's first heading. */
async function expectReaderWorks(): Promise<void> {
  await page.keyboard.press('h');
  await expect
    .poll(() => page.evaluate(() => document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.activeElement?.localName ?? null))
    .toBe('h1');
}

beforeEach(async () => {
  page = await session.firefox.browser.newPage();
  await page.goto(`${session.server.origin}/overlay/hostile-script.html`);
  await page.bringToFront();
});

afterEach(async () => {
  await page.close();
  await session.firefox.control.evaluate(async () => {
    const api = (globalThis as ExtensionPageGlobal).browser;
    await Promise.all([api.storage.sync.clear(), api.storage.local.clear()]);
  });
});

describe('a page script against the open reader, in Firefox ESR', () => {
  it('cannot press its buttons, change its settings or send it keys with synthetic events', async () => {
    await openAndWait();
    // The user opens the Display panel (a real click), so the setting controls are there to attack.
    const display = await page.evaluate(() => {
      const button = [...(document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (candidate) => candidate.textContent?.trim() === 'Display',
      );
      const rect = button?.getBoundingClientRect();
      return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    expect(display).not.toBeNull();
    await page.mouse.click(display!.x, display!.y);
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.querySelectorAll('input[type="range"]').length ?? 0)).toBeGreaterThan(0);
    const before = await snapshot();
    const stored = await storage();
    expect(before).toMatchObject({ hosts: 1, open: true, box: FULL, play: 'Play' });

    const attack = await page.evaluate(driveReaderWithSyntheticEvents);
    expect(attack.sent).toBeGreaterThan(100);
    expect(attack.ranges).toBeGreaterThan(0);
    await expectReaderWorks();
    const after = await snapshot();
    expect(after).toMatchObject({ hosts: 1, open: true, box: FULL, play: 'Play' });
    expect(after.position).toMatch(/^Sentence 2 of/);
    expect(await storage()).toBe(stored);
  });

  it('cannot stop it opening by pre-defining custom elements or patching attachShadow', async () => {
    expect(await page.evaluate(predefineReaderElements)).toEqual(['lector-reader', 'lector-host', 'lector-overlay']);
    await openAndWait();
    expect(await snapshot()).toMatchObject({ hosts: 1, open: true, box: FULL, onTop: true });
    await expectReaderWorks();
  });

  it.each([['html { zoom: .2 }'], ['body { display: none !important }'], ['body { content-visibility: hidden }']])(
    'keeps it full size and on top against page CSS set before and after it opens: %s',
    async (css) => {
      const stored = await storage();
      await page.evaluate(addPageStyle, css);
      await openAndWait();
      // Firefox rounds zoom to 1/64ths: the cancelled zoom may leave the reader a pixel or two short.
      const fullSize = async () => {
        const { open, box, onTop } = await snapshot();
        return open && onTop && box !== null && Math.abs(box.width - FULL.width) <= 2 && Math.abs(box.height - FULL.height) <= 2;
      };
      await expect.poll(fullSize).toBe(true);
      await page.evaluate(removePageStyles);
      await expect.poll(fullSize).toBe(true);
      await page.evaluate(addPageStyle, css);
      await expect.poll(fullSize).toBe(true);
      await expectReaderWorks();
      expect(await storage()).toBe(stored);
    },
  );

  // Firefox paints the top layer inside the root's filter and opacity: without the reader cancelling them these hid it.
  it.each([
    ['html { filter: opacity(0) !important }', null],
    ['html { opacity: 0 !important; filter: blur(30px) }', null],
    ['', 'filter: opacity(0.05);  color: #222;'],
  ])('cancels a filter or opacity on <html> while open, and gives the page its style back exactly: %s %s', async (css, inline) => {
    const stored = await storage();
    if (css) await page.evaluate(addPageStyle, css);
    if (inline) await page.evaluate((style: string) => document.documentElement.setAttribute('style', style), inline);
    const pageEffects = await page.evaluate(rootEffects);
    expect(pageEffects).not.toEqual({ filter: 'none', opacity: '1' });
    await openAndWait();
    await expect.poll(() => page.evaluate(rootEffects)).toEqual({ filter: 'none', opacity: '1' });
    expect(await snapshot()).toMatchObject({ open: true, box: FULL, onTop: true });
    await page.evaluate(addPageStyle, 'html { filter: opacity(0.01) !important }');
    await expect.poll(() => page.evaluate(rootEffects)).toEqual({ filter: 'none', opacity: '1' });
    await page.evaluate(() => document.querySelector('style[data-hostile]:last-of-type')?.remove());
    await expectReaderWorks();
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await snapshot()).hosts).toBe(0);
    expect((await snapshot()).htmlStyle).toBe(inline);
    expect(await page.evaluate(rootEffects)).toEqual(pageEffects);
    // The settings are the user's still (storage.local has the place the user's own `h` and Escape left).
    expect(JSON.parse(await storage()).sync).toEqual(JSON.parse(stored).sync);
  });

  it('stays on top of a modal dialog the page opens later, and keeps the keys the user types', async () => {
    await openAndWait();
    expect(await page.evaluate(showFakePrompt)).toBe(true);
    await expect.poll(() => snapshot()).toMatchObject({ open: true, box: FULL, onTop: true, focused: true });
    await page.keyboard.type('secret');
    expect(await page.evaluate(fakePromptValue)).toBe('');
    await expectReaderWorks();
  });

  it.each([['remove'], ['hide-in']] as const)('closes cleanly when the page takes its host away (%s)', async (how) => {
    const dom = await pageDom();
    const stored = await storage();
    await openAndWait();
    expect(await page.evaluate(takeHostAway, how)).toBe(true);
    await expect.poll(async () => (await snapshot()).hosts).toBe(0);
    expect((await snapshot()).htmlStyle).toBeNull();
    await page.evaluate(() => document.getElementById('hiding-place')?.remove());
    expect(await pageDom()).toBe(dom);
    await pageKeys();
    await page.keyboard.press('x');
    await expect.poll(pageKeys).toEqual(['x']);
    expect(await storage()).toBe(stored);
  });
});
