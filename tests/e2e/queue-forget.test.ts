/**
 * Emptying the listening queue, in Chromium with the built extension: "Remove
 * all" in the panel and "Forget the listening queue" on the options page each
 * ask first (in the page), do nothing on Cancel, and on yes leave nothing of
 * the queue in storage.local (the index, its version mark, every article),
 * announce it, and keep the rest (reading positions, settings). Real keys.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LectorE2E } from '../../entrypoints/background/e2e-hooks';
import { auditPage } from './support/axe';
import { tabIdOf, useExtensionSession } from './support/browser';
import { openQueuePanel, panelSaid, queueTitles } from './support/queue-panel';

type E2EGlobal = typeof globalThis & { lectorE2E: LectorE2E };

const session = useExtensionSession({ clearStorage: { after: 'each', areas: ['sync', 'local'] } });

async function queueThree(): Promise<void> {
  const { extension, server } = session;
  for (const fixture of ['queue/river.html', 'queue/lamp.html', 'queue/bridge.html']) {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/${fixture}`);
    const tabId = await tabIdOf(page);
    const outcome = await extension.serviceWorker.evaluate((id: number) => (globalThis as E2EGlobal).lectorE2E.addToQueue(id), tabId);
    expect(outcome.kind).toBe('added');
    await page.close();
  }
  // Something that is not the queue's, to be kept.
  await session.extension.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ readingPositions: { 'https://news.example/a': { block: 1, sentence: 2, savedAt: 1 } } }),
  );
}

/** The keys in storage.local that belong to the queue (its index, version mark and articles). */
const queueKeys = () =>
  session.extension.serviceWorker.evaluate(async () =>
    Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('listeningQueue') || key.startsWith('queuedArticle:')),
  );
const localKeys = () => session.extension.serviceWorker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).sort());
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('emptying the listening queue', () => {
  it('"Remove all" in the panel asks first, then removes the queue and every article from storage and says so', async () => {
    await queueThree();
    expect((await queueKeys()).filter((key) => key.startsWith('queuedArticle:'))).toHaveLength(3);
    const panel = await openQueuePanel(session.extension);
    await panel.locator('#lector-title').waitFor();
    const removeAll = panel.getByRole('button', { name: 'Remove all', exact: true });
    await removeAll.focus();
    await panel.keyboard.press('Enter');
    const question = panel.getByRole('group', { name: 'Remove all 3 articles from the listening queue? This cannot be undone.' });
    await expect.poll(() => question.isVisible()).toBe(true);
    expect(await focusedText(panel)).toBe('Cancel');
    // Escape says no: nothing removed, back on the button.
    await panel.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    expect(await removeAll.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await queueTitles(panel)).toHaveLength(3);

    await panel.keyboard.press('Enter');
    await expect.poll(() => focusedText(panel)).toBe('Cancel');
    await panel.keyboard.press('Shift+Tab');
    expect(await focusedText(panel)).toBe('Yes, remove all');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panelSaid(panel)).toContain('Every article was removed. The listening queue is empty.');
    expect(await queueTitles(panel)).toEqual([]);
    expect(await panel.locator('.lector-queue-count').textContent()).toBe('Articles in the queue: 0');
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('lector-queue-heading');
    expect(await queueKeys()).toEqual([]);
    expect(await localKeys()).toEqual(['readingPositions']);
    await panel.close();
  });

  it('"Forget the listening queue" on the options page asks first, then leaves nothing of the queue in storage', async () => {
    await queueThree();
    await session.extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ theme: 'dark' }));
    const page = await session.extension.context.newPage();
    await page.goto(`chrome-extension://${session.extension.extensionId}/options.html`);
    const section = page.getByRole('region', { name: 'Listening queue' });
    await expect.poll(() => section.isVisible()).toBe(true);
    const button = section.getByRole('button', { name: 'Forget the listening queue' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Cancel');
    await page.keyboard.press('Enter');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await queueKeys()).length).toBe(5); // index, version mark, three articles: Cancel kept them

    await page.keyboard.press('Enter');
    // The section, question open, passes axe (WCAG 2.2 A/AA).
    await section.getByRole('group', { name: /^Remove every article/ }).waitFor();
    expect((await auditPage(page, 'section[aria-labelledby="queue-heading"]')).violations).toEqual([]);
    await section.getByRole('button', { name: 'Yes, forget it' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Listening queue forgotten.' }).count()).toBe(1);
    expect(await queueKeys()).toEqual([]);
    expect(await localKeys()).toEqual(['readingPositions']);
    expect(await session.extension.serviceWorker.evaluate(() => chrome.storage.sync.get('theme'))).toEqual({ theme: 'dark' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });
});
