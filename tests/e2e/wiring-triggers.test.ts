/**
 * Triggers and their edges in the real browser: pages extensions may not touch,
 * "Read aloud from here", SPA navigation, settings reaching the reader, the
 * welcome page, and an axe-core audit of the reader.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickMenuItem, openReader, readerDialog, tabIdOf, useExtensionSession } from './support/browser';

const session = useExtensionSession({ newPagePerTest: true });

const seedUrl = () => `${session.server.origin}/news/seed-article.html`;
const readerHostCount = (p: Page) => p.locator('[data-lector-e2e-host]').count();

describe('pages extensions cannot run on', () => {
  it('says so on the toolbar button instead of failing silently', async () => {
    const { page, extension } = session;
    await page.goto('chrome://version');
    const outcome = await openReader(page);
    expect(outcome).toEqual({ shown: 'unavailable', reason: 'browser-page' });
    const tabId = await tabIdOf(page);
    const action = await extension.serviceWorker.evaluate(async (id: number) => ({
      badge: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      popup: await chrome.action.getPopup({ tabId: id }),
    }), tabId);
    expect(action.badge).toBe('!');
    expect(action.title).toBe("Lector can't read this page — click for details");
    expect(action.popup).toMatch(/\/unavailable\.html\?reason=browser-page&tab=\d+$/);

    // The popup explains in words.
    const popup = await extension.context.newPage();
    await popup.goto(action.popup);
    expect(await popup.locator('h1').innerText()).toBe("Lector can't read this page");
    expect(await popup.locator('#reason').innerText()).toContain("Browsers don't let extensions read their own pages");
    await popup.close();
  });

  it('clears the warning once the tab shows a readable page', async () => {
    const { page, extension } = session;
    await page.goto('chrome://version');
    await openReader(page);
    await page.goto(seedUrl());
    expect(await openReader(page)).toMatchObject({ shown: 'article' });
    const tabId = await tabIdOf(page);
    const badge = await extension.serviceWorker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('');
  });
});

describe('Read aloud from here', () => {
  it('starts at the paragraph holding the selection, and shows it', async () => {
    const { page } = session;
    await page.goto(seedUrl());
    const wanted = 'Canadian special forces resumed operations a short time later.';
    const selectionText = await page.evaluate((text) => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(text));
      if (!paragraph?.firstChild) throw new Error('paragraph not in fixture');
      const range = document.createRange();
      range.setStart(paragraph.firstChild, 9);
      range.setEnd(paragraph.firstChild, 23);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    }, wanted);
    expect(selectionText).toBe('special forces');

    const outcome = await clickMenuItem(page, { menuItemId: 'lector-read-from-here', selectionText });
    expect(outcome).toMatchObject({ shown: 'article' });
    expect(outcome?.shown === 'article' ? outcome.startBlock : null).toEqual(expect.any(Number));

    const start = readerDialog(page).locator('[data-lector-start]');
    expect(await start.innerText()).toBe(wanted);
    const focusedText = await page.evaluate(
      () => document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.activeElement?.textContent,
    );
    expect(focusedText).toBe(wanted);
    // Scrolled into view, below the sticky toolbar.
    const box = await start.boundingBox();
    expect(box?.y).toBeGreaterThan(60);
    expect(box?.y).toBeLessThan(900);
  });

  it('"Read page aloud" opens without closing an open reader', async () => {
    const { page } = session;
    await page.goto(seedUrl());
    expect(await clickMenuItem(page, { menuItemId: 'lector-read-page' })).toMatchObject({ shown: 'article', startBlock: null });
    expect(await clickMenuItem(page, { menuItemId: 'lector-read-page' })).toMatchObject({ shown: 'article' });
    expect(await readerHostCount(page)).toBe(1);
  });
});

describe('navigation while the reader is open', () => {
  it('closes on an SPA route change, not on an in-page anchor', async () => {
    const { page } = session;
    await page.goto(seedUrl());
    await openReader(page);
    await page.evaluate(() => history.pushState({}, '', '#section-2'));
    await page.waitForTimeout(1500);
    expect(await readerHostCount(page)).toBe(1);

    await page.evaluate(() => history.pushState({}, '', '/news/another-story.html'));
    await expect.poll(() => readerHostCount(page), { timeout: 5000 }).toBe(0);
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
  });

  it('is gone after a reload, and opens again on the fresh page', async () => {
    const { page } = session;
    await page.goto(seedUrl());
    await openReader(page);
    await page.reload();
    expect(await readerHostCount(page)).toBe(0);
    expect(await openReader(page)).toMatchObject({ shown: 'article' });
    expect(await readerHostCount(page)).toBe(1);
  });
});

describe('settings and first run', () => {
  it('opens the welcome page on install, which checks for voices', async () => {
    const { extension } = session;
    const welcome =
      extension.context.pages().find((p) => p.url().endsWith('/welcome.html')) ??
      (await extension.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html') }));
    await welcome.waitForLoadState();
    expect(await welcome.locator('h1').innerText()).toBe('Welcome to Lector');
    // Chromium leaves suggested keys unassigned for --load-extension installs; the page must say what the browser says.
    const commands = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
    const shortcut = commands.find((command) => command.name === 'toggle-reader')?.shortcut;
    expect(await welcome.locator('li').nth(1).innerText()).toBe(
      shortcut ? `Or press ${shortcut}.` : "Or give Lector a keyboard shortcut in your browser's extension shortcut settings.",
    );
    // This browser runs without speech-dispatcher, so no voice ever comes: the page looks for them
    // (voices may arrive late) and, once its patience is spent, says there are none.
    // The page opened at install, before the tests ahead of this one: its patience may be spent by now on a slow
    // machine, so it is loaded afresh to watch it look.
    await welcome.reload();
    const voiceStatus = welcome.locator('[data-voice-status]');
    expect(await voiceStatus.getAttribute('data-voice-status')).toBe('checking');
    await voiceStatus.and(welcome.locator('[data-voice-status="none"]')).waitFor({ timeout: 90_000 });
    expect(await voiceStatus.innerText()).toMatch(/^No voices found\./);
  });

  it('applies the theme and highlight chosen on the options page to the reader', async () => {
    const { page, extension } = session;
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => options.getByRole('status').last().innerText()).toBe('Saved.');
    const stored = await extension.serviceWorker.evaluate(() => chrome.storage.sync.get('theme'));
    expect(stored).toEqual({ theme: 'dark' });
    // The highlight is its own item: the options page saves it too, and the reader's Display panel shows it.
    expect(await options.getByRole('radio', { name: /^Sentence and word/ }).isChecked()).toBe(true);
    await options.getByRole('radio', { name: 'None', exact: true }).check();
    await expect
      .poll(() => extension.serviceWorker.evaluate(() => chrome.storage.sync.get('highlight')))
      .toEqual({ highlight: 'none' });
    await options.close();

    await page.goto(seedUrl());
    await openReader(page);
    expect(await readerDialog(page).getAttribute('data-theme')).toBe('dark');
    const background = await readerDialog(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(23, 25, 29)');
    await readerDialog(page).getByRole('button', { name: 'Display' }).click();
    const panel = readerDialog(page).getByRole('group', { name: 'Highlight while reading' });
    expect(await panel.getByRole('radio', { name: 'None', exact: true }).isChecked()).toBe(true);
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.clear());
  });

  it('leaves image captions out of what is read when the options page says so', async () => {
    const { page, extension } = session;
    const sentencesRead = async () =>
      Number(/Sentence \d+ of (\d+)/.exec(await readerDialog(page).locator('.lector-progress').innerText())?.[1] ?? NaN);
    await page.goto(seedUrl());
    await openReader(page);
    const withCaptions = await sentencesRead();
    expect(withCaptions).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-lector-e2e-host]').count()).toBe(0);

    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const captions = options.getByRole('checkbox', { name: 'Read image captions and descriptions aloud' });
    expect(await captions.isChecked()).toBe(true);
    await captions.uncheck();
    await expect.poll(() => options.getByRole('status').last().innerText()).toBe('Saved.');
    expect(await extension.serviceWorker.evaluate(() => chrome.storage.sync.get('readCaptions'))).toEqual({ readCaptions: false });
    await options.close();

    await page.goto(seedUrl());
    await openReader(page);
    // The seed article has captioned photos: fewer sentences are read without them.
    expect(await sentencesRead()).toBeLessThan(withCaptions);
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.clear());
  });
});

describe('accessibility', () => {
  const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  const cases = [
    { fixture: 'e2e/no-article.html', theme: 'light' },
    ...['light', 'sepia', 'dark', 'contrast'].map((theme) => ({ fixture: 'news/seed-article.html', theme })),
  ];
  for (const { fixture, theme } of cases) {
    it(`has no axe-core violations in the reader on ${fixture} (${theme} theme)`, async () => {
      const { page, server, extension } = session;
      await extension.serviceWorker.evaluate((value: string) => chrome.storage.sync.set({ theme: value }), theme);
      await page.goto(`${server.origin}/${fixture}`);
      await openReader(page);
      expect(await readerDialog(page).getAttribute('data-theme')).toBe(theme);
      await page.addScriptTag({ content: await axeSource });
      const { violations, passed } = await page.evaluate(async () => {
        type AxeResult = { violations: Array<{ id: string; nodes: unknown[] }>; passes: unknown[] };
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
        // fromShadowDom pierces the reader's shadow root; axe throws if it matches nothing.
        const result = await axe.run({ include: { fromShadowDom: ['[data-lector-e2e-host]', '.lector-dialog'] } }, {});
        return { violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), passed: result.passes.length };
      });
      await extension.serviceWorker.evaluate(() => chrome.storage.sync.clear());
      expect(violations).toEqual([]);
      expect(passed).toBeGreaterThan(5);
    });
  }
});
