/**
 * axe-core (WCAG 2.2 A and AA rules) on the reader in every theme, with its
 * panels open, and with the shortcut help open; also under forced colors.
 * Screenshots of each theme go to tests/artifacts/overlay-theme-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditReader as audit } from './support/axe';
import { artifactPath, readerDialog, useExtensionSession } from './support/browser';
import { openAndWait } from './support/overlay';

const THEMES = ['light', 'sepia', 'dark', 'contrast'] as const;

const session = useExtensionSession({ clearStorage: { after: 'all', areas: ['sync'] } });

async function openIn(theme: string, options: { forcedColors?: boolean } = {}): Promise<Page> {
  const { extension, server } = session;
  await extension.serviceWorker.evaluate((value: string) => chrome.storage.sync.set({ theme: value }), theme);
  const page = await extension.context.newPage();
  if (options.forcedColors) await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${server.origin}/overlay/ice-houses.html`);
  await openAndWait(page);
  expect(await readerDialog(page).getAttribute('data-theme')).toBe(theme);
  return page;
}

describe.each(THEMES)('the reader in the %s theme', (theme) => {
  it('has no WCAG 2.2 A/AA violations with its panels open and the spoken sentence shown', async () => {
    const page = await openIn(theme);
    await readerDialog(page).locator('details.lector-removed summary').click();
    await page.getByRole('button', { name: 'Contents' }).click();
    await page.getByRole('button', { name: 'Display' }).click();
    await readerDialog(page).locator('#lector-title').focus();
    await page.keyboard.press('h');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(700); // let the smooth scroll to the spoken sentence finish
    await page.screenshot({ path: artifactPath(`overlay-theme-${theme}.png`) });
    const { violations, passes } = await audit(page, '.lector-dialog');
    expect(violations).toEqual([]);
    expect(passes).toBeGreaterThan(10);
    // The themes promise more than AA: text contrast of at least 7:1 (WCAG's AAA level, axe's enhanced rule).
    const enhanced = await audit(page, '.lector-dialog', ['color-contrast-enhanced']);
    expect(enhanced.violations).toEqual([]);
    expect(enhanced.passes).toBe(1);
    await page.close();
  });

  it('has no violations with the shortcut help open', async () => {
    const page = await openIn(theme);
    await page.keyboard.press('Shift+Slash');
    await page.screenshot({ path: artifactPath(`overlay-help-${theme}.png`) });
    const { violations } = await audit(page, '.lector-help');
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the audit itself', () => {
  it('sees into the reader: a planted violation is found', async () => {
    const page = await openIn('light');
    await readerDialog(page).evaluate((dialog) => dialog.querySelector('.lector-view-controls')!.append(document.createElement('button')));
    const { violations } = await audit(page, '.lector-dialog');
    expect(violations.some((violation) => violation.startsWith('button-name'))).toBe(true);
    await page.close();
  });
});

describe('forced colors (Windows high contrast)', () => {
  it('keeps every control visible and has no violations', async () => {
    const page = await openIn('light', { forcedColors: true });
    await page.keyboard.press('h');
    await page.getByRole('button', { name: 'Display' }).click();
    await page.screenshot({ path: artifactPath('overlay-forced-colors.png') });
    const { violations } = await audit(page, '.lector-dialog');
    expect(violations).toEqual([]);
    const play = await readerDialog(page).locator('.lector-play').evaluate((el) => getComputedStyle(el).borderStyle);
    expect(play).toBe('solid');
    await page.close();
  });
});
