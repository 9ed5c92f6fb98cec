/**
 * axe-core (WCAG 2.2 A and AA rules) on the reader in every theme, with its
 * panels open, and with the shortcut help open; also under forced colors.
 * Screenshots of each theme go to tests/artifacts/overlay-theme-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditReader as audit } from './support/axe';
import { artifactPath, readerDialog, useExtensionSession } from './support/browser';
import { contrastRatio, highlightColors } from './support/highlight-colors';
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
    // The spoken sentence stands out from the page at 3:1 (WCAG 1.4.11), its text stays at 7:1 on it, and it is
    // underlined too (not colour alone), all as Chromium computes the ::highlight's style.
    const sentence = await highlightColors(page, 'lector-sentence');
    expect(sentence).not.toBeNull();
    const figures = {
      againstPage: contrastRatio(sentence!.background, sentence!.page),
      text: contrastRatio(sentence!.color, sentence!.background),
    };
    console.info(`highlight contrast in ${theme}: ${JSON.stringify(sentence)} ${JSON.stringify(figures)}`);
    expect(figures.againstPage).toBeGreaterThanOrEqual(3);
    expect(figures.text).toBeGreaterThanOrEqual(7);
    expect(sentence!.decoration).toContain('underline');
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
    // The spoken sentence in the system's own highlight colours (the user's high-contrast theme chose them).
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => highlightColors(page, 'lector-sentence')).not.toBeNull();
    const sentence = (await highlightColors(page, 'lector-sentence'))!;
    const system = await readerDialog(page).evaluate((dialog) => {
      const probe = dialog.appendChild(document.createElement('span'));
      probe.style.cssText = 'background-color: Highlight; color: HighlightText';
      const { backgroundColor, color } = getComputedStyle(probe);
      probe.remove();
      return { backgroundColor, color };
    });
    expect([sentence.background, sentence.color]).toEqual([system.backgroundColor, system.color]);
    await page.close();
  });
});

describe('the highlight setting', () => {
  it('shows the sentence, or nothing, as chosen in the Display panel, and keeps the choice', async () => {
    const page = await openIn('light');
    const dialog = readerDialog(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => highlightColors(page, 'lector-sentence')).not.toBeNull();
    await page.getByRole('button', { name: 'Display' }).click();
    await dialog.getByRole('radio', { name: 'None' }).check();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()])).toEqual([]);
    // The place is still marked beside its paragraph.
    expect(await dialog.locator('[data-lector-spoken]').count()).toBe(1);
    await expect.poll(() => session.extension.serviceWorker.evaluate(() => chrome.storage.sync.get('highlight'))).toEqual({ highlight: 'none' });
    await page.getByRole('button', { name: 'Display' }).click();
    await dialog.getByRole('radio', { name: 'Sentence', exact: true }).check();
    await expect.poll(() => highlightColors(page, 'lector-sentence')).not.toBeNull();
    await page.close();
  });
});
