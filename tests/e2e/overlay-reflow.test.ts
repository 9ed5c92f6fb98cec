/**
 * WCAG 1.4.10 reflow and 2.5.8 target size in real Chromium: the reader at
 * 400% zoom of a 1280 × 1024 window (320 × 256 CSS px), at 200% (640 × 512)
 * and at 100%, in every theme, with no panel, the Display panel and the
 * Contents panel open. No sideways scrolling, every control reachable, the
 * article at least 60% of the screen's height, no axe violations.
 * Screenshots: tests/artifacts/reflow-<zoom>-<theme>-<panel>[-menu].png;
 * figures: tests/artifacts/reflow-figures.json. Also: Escape closes the
 * innermost thing open and focus goes back to the button that opened it.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { auditReader } from './support/axe';
import { artifactPath, readerDialog, useExtensionSession } from './support/browser';
import { openAndWait } from './support/overlay';
import { layoutReport, reachControls } from './support/reflow';

const ZOOMS = [
  { zoom: '400%', width: 320, height: 256, compact: true },
  { zoom: '200%', width: 640, height: 512, compact: true },
  { zoom: '100%', width: 1280, height: 1024, compact: false },
] as const;
const THEMES = ['light', 'sepia', 'dark', 'contrast'] as const;

// Real voices (speech-dispatcher, as .ci/run sets up): their long names made the options page's voice list 771 px wide.
const session = useExtensionSession({
  realVoices: true,
  clearStorage: { after: 'all', areas: ['sync'] },
});
const figures: Record<string, unknown> = {};

afterAll(async () => {
  await writeFile(artifactPath('reflow-figures.json'), JSON.stringify(figures, null, 2));
});

const opener = (page: Page, id: string) => readerDialog(page).locator(`button[data-opens="${id}"]`);

/** Clicks a panel's button; in the compact bar it is behind "More", which is closed again after. */
async function openPanel(page: Page, id: 'lector-display' | 'lector-contents', compact: boolean): Promise<void> {
  if (compact) await opener(page, 'lector-more').click();
  await opener(page, id).click();
  if (compact) await opener(page, 'lector-more').click();
  await expect.poll(() => readerDialog(page).locator(`#${id}`).isVisible()).toBe(true);
}

describe.each(ZOOMS)('the reader at $zoom ($width × $height CSS px)', ({ zoom, width, height, compact }) => {
  it.each(THEMES)('reflows in the %s theme, with and without its panels', async (theme) => {
    const { extension, server } = session;
    await extension.serviceWorker.evaluate((value: string) => chrome.storage.sync.set({ theme: value }), theme);
    const page = await extension.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.origin}/overlay/ice-houses.html`);
    await openAndWait(page);
    expect(await readerDialog(page).getAttribute('data-theme')).toBe(theme);
    expect(await opener(page, 'lector-more').isVisible()).toBe(compact);

    const check = async (panel: string) => {
      const key = `${zoom} ${theme} ${panel}`;
      await page.screenshot({ path: artifactPath(`reflow-${zoom.replace('%', '')}-${theme}-${panel}.png`) });
      const layout = await layoutReport(page);
      const { violations } = await auditReader(page, '.lector-dialog');
      // With the menu open every control in the bar shows (the bar scrolls down, never sideways); the sheets are
      // reached the same way.
      if (compact) await opener(page, 'lector-more').click();
      if (compact) await page.screenshot({ path: artifactPath(`reflow-${zoom.replace('%', '')}-${theme}-${panel}-menu.png`) });
      const withMenu = compact ? await layoutReport(page) : layout;
      const reach = await reachControls(page);
      if (compact) await opener(page, 'lector-more').click();
      figures[key] = { ...layout, reach };
      expect({ key, sideways: [...layout.sideways, ...withMenu.sideways], outside: layout.outside, unreachable: reach.unreachable, violations }).toEqual({
        key,
        sideways: [],
        outside: [],
        unreachable: [],
        violations: [],
      });
      expect(reach.checked).toBeGreaterThan(10);
      expect(layout.articleShare).toBeGreaterThanOrEqual(0.6);
      expect(reach.smallestTarget.width).toBeGreaterThanOrEqual(24);
      expect(reach.smallestTarget.height).toBeGreaterThanOrEqual(24);
    };

    await check('none');
    await openPanel(page, 'lector-display', compact);
    await check('display');
    await openPanel(page, 'lector-contents', compact);
    // A compact screen shows one sheet at a time; a wide one keeps both.
    expect(await readerDialog(page).locator('#lector-display').count()).toBe(compact ? 0 : 1);
    await check(compact ? 'contents' : 'both');
    await page.close();
  });
});

/** What the reader's focused element opens (`data-opens`), or its tag when it opens nothing. */
const focusedOpener = (page: Page) =>
  page.evaluate(() => {
    const active = document.querySelector('[data-lector-e2e-host]')?.shadowRoot?.activeElement;
    return active?.getAttribute('data-opens') ?? active?.localName ?? null;
  });

describe.each([
  { screen: 'wide', width: 1280, height: 900, compact: false },
  { screen: 'compact', width: 320, height: 256, compact: true },
])('Escape on a $screen screen', ({ width, height, compact }) => {
  it('closes the panel holding focus, then the menu, the help, and only then the reader', async () => {
    const { extension, server } = session;
    const page = await extension.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.origin}/overlay/ice-houses.html`);
    await openAndWait(page);
    const dialog = readerDialog(page);
    if (compact) await opener(page, 'lector-more').click();
    for (const [id, inside] of [
      ['lector-display', 'input[type="radio"]'],
      ['lector-contents', '.lector-outline-link'],
    ] as const) {
      await opener(page, id).click();
      await dialog.locator(`#${id} ${inside}`).first().focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.locator(`#${id}`).count()).toBe(0);
      expect(await focusedOpener(page)).toBe(id);
      expect(await opener(page, id).getAttribute('aria-expanded')).toBe('false');
    }
    if (compact) {
      await page.keyboard.press('Escape');
      await expect.poll(() => opener(page, 'lector-more').getAttribute('aria-expanded')).toBe('false');
      expect(await focusedOpener(page)).toBe('lector-more');
    }
    await page.keyboard.press('Shift+Slash');
    await expect.poll(() => dialog.locator('.lector-help').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.locator('.lector-help').isVisible()).toBe(false);
    expect(await page.locator('[data-lector-e2e-host]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-lector-e2e-host]').count()).toBe(0);
    await page.close();
  });
});

describe.each(['options', 'welcome'])('the %s page', (name) => {
  it.each(ZOOMS)('reflows at $zoom ($width × $height CSS px)', async ({ zoom, width, height }) => {
    const { extension } = session;
    const page = await extension.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`chrome-extension://${extension.extensionId}/${name}.html`);
    await expect.poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    // A cold Chromium hands out speech-dispatcher's voices 5–14 s late (see wiring-options-voices.test.ts).
    if (name === 'options') {
      await page.locator('[data-voice-status="ready"]').waitFor({ timeout: 90_000 });
      await page.getByLabel('Language', { exact: true }).selectOption('en');
    }
    await page.screenshot({ path: artifactPath(`reflow-${name}-${zoom.replace('%', '')}.png`), fullPage: true });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > innerWidth + 1)
        .map((el) => `${el.localName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
    );
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ wide, scrollWidth }).toEqual({ wide: [], scrollWidth: width });
    await page.close();
  });
});
