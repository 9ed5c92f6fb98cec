/**
 * The built extension in Debian's Chromium: opening, refusing, closing without
 * a trace, and never running the page's code in the reader.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, openReader, readerDialog, useExtensionSession, readSeedExpectation, type SeedExpectation } from './support/browser';

let seed: SeedExpectation;

beforeAll(async () => {
  seed = await readSeedExpectation();
});

const session = useExtensionSession({ newPagePerTest: true });

const pageDom = (p: Page) => p.evaluate(() => document.documentElement.outerHTML);
const readerHostCount = (p: Page) => p.locator('[data-lector-e2e-host]').count();

describe('reader on the seed article', () => {
  it('opens as a labelled modal dialog with the article and without the clutter', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/news/seed-article.html`);
    const outcome = await openReader(page);
    expect(outcome).toMatchObject({ shown: 'article', title: seed.title });

    const dialog = page.getByRole('dialog', { name: seed.title });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await readerDialog(page).getAttribute('aria-modal')).toBe('true');
    const box = await readerDialog(page).boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 900 });

    const text = (await readerDialog(page).innerText()).replace(/\s+/g, ' ');
    for (const paragraph of seed.keep) expect(text).toContain(paragraph.replace(/\s+/g, ' '));
    for (const clutter of new Set(seed.drop)) expect(text).not.toContain(clutter);

    // Focus moved into the reader, the page behind no longer scrolls.
    const focused = await page.evaluate(() => {
      const host = document.querySelector('[data-lector-e2e-host]');
      return { host: document.activeElement === host, id: host?.shadowRoot?.activeElement?.id ?? null };
    });
    expect(focused).toEqual({ host: true, id: 'lector-title' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');

    await page.screenshot({ path: artifactPath('reader-seed-article.png'), caret: 'initial' });
  });

  it('closes on Escape leaving the page DOM, focus and scroll exactly as they were', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/news/seed-article.html`);
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.locator('a[rel="author"]').focus();
    const before = await pageDom(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);

    await openReader(page);
    await expect.poll(() => readerDialog(page).isVisible()).toBe(true);
    expect(await pageDom(page)).not.toBe(before);
    await page.keyboard.press('Escape');

    await expect.poll(() => readerHostCount(page)).toBe(0);
    expect(await pageDom(page)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('author');
  });

  it('reaches and presses Close from the keyboard, and a second trigger toggles', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/news/seed-article.html`);
    const before = await pageDom(page);
    await openReader(page);
    await page.keyboard.press('Shift+Tab');
    const focusedLabel = await page.evaluate(
      () => document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.activeElement?.textContent,
    );
    expect(focusedLabel).toBe('Close');
    await page.keyboard.press('Enter');
    await expect.poll(() => readerHostCount(page)).toBe(0);
    expect(await pageDom(page)).toBe(before);

    expect(await openReader(page)).toMatchObject({ shown: 'article' });
    expect(await openReader(page)).toEqual({ shown: 'closed' });
    expect(await readerHostCount(page)).toBe(0);
    expect(await pageDom(page)).toBe(before);
  });
});

describe('pages without an article', () => {
  it('shows why in the same dialog and closes cleanly', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/no-article.html`);
    const before = await pageDom(page);
    const outcome = await openReader(page);
    expect(outcome.shown).toBe('no-article');
    if (outcome.shown !== 'no-article') return;

    const dialog = page.getByRole('dialog', { name: 'No article found on this page' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(outcome.reason.length).toBeGreaterThan(10);
    expect(await dialog.innerText()).toContain(outcome.reason);
    await page.screenshot({ path: artifactPath('reader-no-article.png'), caret: 'initial' });

    await page.keyboard.press('Escape');
    await expect.poll(() => readerHostCount(page)).toBe(0);
    expect(await pageDom(page)).toBe(before);
  });
});

describe('a hostile page', () => {
  it('runs none of its code in the reader, and cannot hide it', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/hostile.html`);
    await page.waitForFunction(() => (window as unknown as { __pageLoaded?: boolean }).__pageLoaded === true);
    await page.waitForTimeout(300);
    const runsBefore = await page.evaluate(() => JSON.stringify((window as unknown as { __hostileRuns: unknown[] }).__hostileRuns));
    // The fixture is live: its vectors do run in the page itself.
    expect(JSON.parse(runsBefore).length).toBeGreaterThan(0);

    const outcome = await openReader(page);
    expect(outcome.shown).toBe('article');
    const article = readerDialog(page).locator('article.lector-article');
    await expect.poll(() => article.isVisible()).toBe(true);
    expect(await article.innerText()).toContain('The city council voted eight to three');

    // Hover, focus and click what is in the reader, as a user would.
    for (const link of await article.locator('a, span, summary').all()) {
      await link.hover().catch(() => undefined);
      await link.focus().catch(() => undefined);
    }
    await page.waitForTimeout(500);
    const runsAfter = await page.evaluate(() => JSON.stringify((window as unknown as { __hostileRuns: unknown[] }).__hostileRuns));
    expect(JSON.parse(runsAfter)).toEqual(JSON.parse(runsBefore));

    const dangerous = await article.evaluate((root) => {
      const found: string[] = [];
      for (const el of root.querySelectorAll('*')) {
        if (/^(script|style|iframe|object|embed|form|input|button|link|meta|base)$/i.test(el.localName)) found.push(el.localName);
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
          if (/^\s*(javascript|data|vbscript):/i.test(attr.value)) found.push(`${el.localName}[${attr.name}=${attr.value}]`);
          if (attr.name === 'srcdoc' || attr.name === 'style') found.push(`${el.localName}[${attr.name}]`);
        }
      }
      return found;
    });
    expect(dangerous).toEqual([]);
    await page.screenshot({ path: artifactPath('reader-hostile.png'), caret: 'initial' });
  });
});
