/**
 * A page whose script attacks the open reader (issue 19), in Chromium: it
 * drives the reader's controls and keys with synthetic events, pre-defines
 * custom elements to stop it opening, shrinks or hides it with CSS, covers it
 * with its own modal dialog, and takes its host away. Each attack fails, the
 * reader still works for the user's own keys, and the extension's storage is
 * unchanged. The Firefox twin is cross-browser-firefox-hostile.test.ts.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { serviceWorkerOf, useExtensionSession } from './support/browser';
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
import { expectAnnounced, openAndWait, pageDom, readerFocus } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });
const FULL = { width: 1280, height: 900 };

const storage = (page: Page) =>
  serviceWorkerOf(page).evaluate(async () => ({ sync: await chrome.storage.sync.get(null), local: await chrome.storage.local.get(null) }));
const snapshot = (page: Page) => page.evaluate(readerSnapshot);
const pageKeys = (page: Page) => page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys.splice(0));

/** The reader answers the user's own keys: `h` goes to the article's first heading, and says so. */
async function expectReaderWorks(page: Page): Promise<void> {
  await page.keyboard.press('h');
  await expectAnnounced(page, 'Heading level 1, Harbour ferry adds a winter timetable after a record autumn');
  expect(await readerFocus(page)).toMatchObject({ tag: 'h1' });
}

beforeEach(async () => {
  await session.page.goto(`${session.server.origin}/overlay/hostile-script.html`);
});

describe('a page script against the open reader', () => {
  it('cannot press its buttons, change its settings or send it keys with synthetic events', async () => {
    const { page } = session;
    await openAndWait(page);
    // The user opens the Display panel, so the theme, size, speed and voice controls are there to attack.
    await page.getByRole('button', { name: 'Display' }).click();
    const before = await snapshot(page);
    const stored = await storage(page);
    expect(before).toMatchObject({ hosts: 1, open: true, box: FULL, play: 'Play' });

    const attack = await page.evaluate(driveReaderWithSyntheticEvents);
    expect(attack.sent).toBeGreaterThan(100);
    expect(attack.ranges).toBeGreaterThan(0);
    expect(attack.choices + attack.selects).toBeGreaterThan(0);
    // The user's own key, after the attack: once it has acted, every synthetic event before it has been handled.
    await expectReaderWorks(page);
    const after = await snapshot(page);
    // Still at the heading the user's `h` went to (sentence 2 after the title): the page's h and arrows did nothing.
    expect(before.position).toMatch(/^Sentence 1 of/);
    expect(after).toMatchObject({ hosts: 1, open: true, box: FULL, play: 'Play' });
    expect(after.position).toMatch(/^Sentence 2 of/);
    expect(await storage(page)).toEqual(stored);
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);

    // The user's Escape closes the innermost thing first (the Display panel), then the reader.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Display' }).getAttribute('aria-expanded')).toBe('false');
    expect((await snapshot(page)).hosts).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await snapshot(page)).hosts).toBe(0);
    // The settings are the user's still (storage.local now has the place the user's own `h` and Escape left).
    expect((await storage(page)).sync).toEqual(stored.sync);
  });

  it('cannot stop it opening by pre-defining custom elements or patching attachShadow', async () => {
    const { page } = session;
    expect(await page.evaluate(predefineReaderElements)).toEqual(['lector-reader', 'lector-host', 'lector-overlay']);
    await openAndWait(page);
    expect(await snapshot(page)).toMatchObject({ hosts: 1, open: true, box: FULL, onTop: true });
    await expectReaderWorks(page);
  });

  it.each([
    ['html { zoom: .2 }'],
    ['body { display: none !important }'],
    ['body { content-visibility: hidden }'],
    ['html { zoom: 0.2 } body { display: none } html > span { display: none !important; zoom: 3 }'],
  ])('keeps it full size and on top against page CSS set before and after it opens: %s', async (css) => {
    const { page } = session;
    const stored = await storage(page);
    await page.evaluate(addPageStyle, css);
    await openAndWait(page);
    await expect.poll(() => snapshot(page)).toMatchObject({ open: true, box: FULL, onTop: true });
    await page.evaluate(removePageStyles);
    await expect.poll(() => snapshot(page)).toMatchObject({ open: true, box: FULL, onTop: true });
    await page.evaluate(addPageStyle, css);
    await expect.poll(() => snapshot(page)).toMatchObject({ open: true, box: FULL, onTop: true });
    await expectReaderWorks(page);
    expect(await storage(page)).toEqual(stored);
  });

  it.each([
    ['html { filter: opacity(0) !important }', null],
    ['html { opacity: 0 !important; filter: blur(30px) }', null],
    ['', 'filter: opacity(0.05);  color: #222;'],
  ])('cancels a filter or opacity on <html> while open, and gives the page its style back exactly: %s %s', async (css, inline) => {
    const { page } = session;
    const stored = await storage(page);
    if (css) await page.evaluate(addPageStyle, css);
    if (inline) await page.evaluate((style) => document.documentElement.setAttribute('style', style), inline);
    const pageEffects = await page.evaluate(rootEffects);
    expect(pageEffects).not.toEqual({ filter: 'none', opacity: '1' });
    await openAndWait(page);
    await expect.poll(() => page.evaluate(rootEffects)).toEqual({ filter: 'none', opacity: '1' });
    expect(await snapshot(page)).toMatchObject({ open: true, box: FULL, onTop: true });
    // Set again while it is open (the page's script fights back): cancelled again.
    await page.evaluate(addPageStyle, 'html { filter: opacity(0.01) !important }');
    await expect.poll(() => page.evaluate(rootEffects)).toEqual({ filter: 'none', opacity: '1' });
    await page.evaluate(() => document.querySelector('style[data-hostile]:last-of-type')?.remove());
    await expectReaderWorks(page);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await snapshot(page)).hosts).toBe(0);
    // The page's own inline style, exactly (none at all where it had none), and its effects as they were.
    expect((await snapshot(page)).htmlStyle).toBe(inline);
    expect(await page.evaluate(rootEffects)).toEqual(pageEffects);
    expect((await storage(page)).sync).toEqual(stored.sync);
  });

  it('stays on top of a modal dialog the page opens later, and keeps the keys the user types', async () => {
    const { page } = session;
    await openAndWait(page);
    expect(await page.evaluate(showFakePrompt)).toBe(true);
    await expect.poll(() => snapshot(page)).toMatchObject({ open: true, box: FULL, onTop: true, focused: true });
    await page.keyboard.type('secret');
    expect(await page.evaluate(fakePromptValue)).toBe('');
    await expectReaderWorks(page);
    // The page's dialog is still the page's: it is there, open, under the reader.
    expect(await page.evaluate(() => (document.getElementById('fake-prompt') as HTMLDialogElement).open)).toBe(true);
  });

  it.each([['remove'], ['hide-in']] as const)('closes cleanly when the page takes its host away (%s)', async (how) => {
    const { page } = session;
    const dom = await pageDom(page);
    const stored = await storage(page);
    await openAndWait(page);
    expect((await snapshot(page)).htmlStyle).toContain('overflow: hidden');
    expect(await page.evaluate(takeHostAway, how)).toBe(true);
    // Closed as if by the user: no host anywhere, the page's scroll unlocked, its DOM as it was.
    await expect.poll(async () => (await snapshot(page)).hosts).toBe(0);
    expect((await snapshot(page)).htmlStyle).toBeNull();
    await page.evaluate(() => document.getElementById('hiding-place')?.remove());
    expect(await pageDom(page)).toBe(dom);
    // The page hears its keys again.
    await pageKeys(page);
    await page.keyboard.press('x');
    expect(await pageKeys(page)).toEqual(['x']);
    expect(await storage(page)).toEqual(stored);
  });

  it('closes cleanly when the page hides everything (html { display: none }) rather than stay open unseen', async () => {
    const { page } = session;
    const dom = await pageDom(page);
    await openAndWait(page);
    await page.evaluate(addPageStyle, 'html { display: none !important }');
    await expect.poll(async () => (await snapshot(page)).hosts).toBe(0);
    await page.evaluate(removePageStyles);
    expect(await pageDom(page)).toBe(dom);
    await pageKeys(page);
    await page.keyboard.press('x');
    expect(await pageKeys(page)).toEqual(['x']);
  });
});
