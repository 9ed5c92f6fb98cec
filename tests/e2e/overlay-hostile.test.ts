/**
 * A page that fights the reader: global CSS on every element (display:none,
 * all:unset, 2px root font, red text) and keyboard listeners in the capture
 * phase on window and document that swallow every key. The reader must look
 * and work as everywhere else, and the page must get its keys back on close.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { artifactPath, readerDialog, useExtensionSession } from './support/browser';
import { expectAnnounced, openAndWait, pageDom, readerFocus, readerHostCount } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true });

beforeEach(async () => {
  await session.page.goto(`${session.server.origin}/overlay/hostile-keys.html`);
});

const pageKeys = (p: Page) => p.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys.splice(0));

describe('a page with hostile CSS and key traps', () => {
  it('cannot restyle the reader', async () => {
    const { page } = session;
    await openAndWait(page);
    const dialog = readerDialog(page);
    expect(await dialog.boundingBox()).toMatchObject({ x: 0, y: 0, width: 1280, height: 900 });
    const styles = await dialog.evaluate((el) => {
      const paragraph = el.querySelector('article p')!;
      const play = el.querySelector('.lector-play')!;
      return {
        paragraph: getComputedStyle(paragraph).fontSize,
        paragraphDisplay: getComputedStyle(paragraph).display,
        color: getComputedStyle(paragraph).color,
        button: getComputedStyle(play).fontSize,
        buttonDisplay: getComputedStyle(play).display,
      };
    });
    expect(styles).toEqual({ paragraph: '20px', paragraphDisplay: 'block', color: 'rgb(27, 27, 27)', button: '16px', buttonDisplay: 'flex' });
    await page.screenshot({ path: artifactPath('overlay-hostile.png') });
  });

  it('hears its keys although the page swallows them in the capture phase', async () => {
    const { page } = session;
    await openAndWait(page);
    await pageKeys(page);
    // Reading starts at the title (the page's <title>), so the next heading is the article's own <h1>.
    await page.keyboard.press('h');
    expect(await readerFocus(page)).toMatchObject({ tag: 'h1', text: 'Harbour ferry adds a winter timetable after a record autumn' });
    await expectAnnounced(page, 'Heading level 1, Harbour ferry adds a winter timetable after a record autumn');
    await page.keyboard.press('h');
    expect(await readerFocus(page)).toMatchObject({ tag: 'h2', text: 'Why the crossing was seasonal' });
    await expectAnnounced(page, 'Heading level 2, Why the crossing was seasonal');
    // Only the listener that was on window before the reader opened heard anything; nothing on document did.
    const heard = await pageKeys(page);
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.every((entry) => entry.startsWith('window-capture'))).toBe(true);

    await page.keyboard.press('Shift+Slash');
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(false);
  });

  it('keeps Tab, Enter and Space working on its controls though the page prevents their defaults', async () => {
    const { page } = session;
    await openAndWait(page);
    // From the title, Shift+Tab reaches Close, Tab comes back into the article.
    await page.keyboard.press('Shift+Tab');
    expect(await readerFocus(page)).toMatchObject({ tag: 'button', text: 'Close' });
    // On through the bar (its buttons change as features come) to Contents: each press moves focus back one control.
    const visited: string[] = [];
    for (let press = 0; press < 12 && visited.at(-1) !== 'Contents'; press++) {
      await page.keyboard.press('Shift+Tab');
      const focus = await readerFocus(page);
      expect(focus).not.toBeNull(); // focus stays inside the reader
      visited.push(focus?.text ?? '');
    }
    expect(visited.at(-1)).toBe('Contents');
    expect(visited.length).toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    expect(await page.getByRole('navigation', { name: 'Contents' }).isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.getByRole('navigation', { name: 'Contents' }).count()).toBe(0);
  });

  it('closes on Escape, leaves the DOM as it was and gives the page its keys back', async () => {
    const { page } = session;
    const before = await pageDom(page);
    await openAndWait(page);
    // A listener the page adds while the reader is open comes after the reader's: it hears none of the reader's keys.
    await page.evaluate(() => {
      window.addEventListener('keydown', (event) => (window as unknown as { __pageKeys: string[] }).__pageKeys.push(`late ${event.key}`), true);
    });
    await pageKeys(page);
    await page.keyboard.press('k');
    expect(await pageKeys(page)).toEqual(['window-capture keydown k', 'window-capture keyup k']);
    await page.keyboard.press('Escape');
    await expect.poll(() => readerHostCount(page)).toBe(0);
    expect(await pageDom(page)).toBe(before);
    await pageKeys(page);
    await page.keyboard.press('x');
    expect(await pageKeys(page)).toEqual(['window-capture keydown x', 'late x', 'window-capture keyup x']);
  });
});
