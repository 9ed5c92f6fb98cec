/**
 * The reader overlay in the built extension: the article without its clutter,
 * heading navigation from the keyboard, the contents, display settings that
 * persist, the reading position offered again, RTL, no-article offers, and a
 * page left exactly as it was.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, readerDialog, useExtensionSession } from './support/browser';
import { expectAnnounced, openAndWait, pageDom, pageRegistries, readerFocus, readerHostCount } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });

const iceHouses = () => `${session.server.origin}/overlay/ice-houses.html`;
const article = (p: Page) => readerDialog(p).locator('article.lector-article');

describe('the article', () => {
  it('opens with the article, its metadata and what was removed, without the clutter', async () => {
    const { page } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    const dialog = page.getByRole('dialog', { name: 'Before refrigerators, towns kept winter in a barn' });
    expect(await dialog.isVisible()).toBe(true);
    const header = await readerDialog(page).locator('.lector-meta').innerText();
    expect(header).toContain('Ines Calloway');
    expect(header).toContain('The Harbour Chronicle');
    expect(header).toMatch(/\d+ min read/);
    const text = await article(page).innerText();
    expect(text).toContain('the people of Harbour Point walked onto the frozen mill pond');
    for (const clutter of ['READ MORE', 'Advertisement', 'Share on Facebook', 'Most read']) expect(text).not.toContain(clutter);

    const removed = readerDialog(page).locator('details.lector-removed');
    expect(await removed.locator('summary').innerText()).toBe('2 items removed');
    await removed.locator('summary').click();
    expect(await removed.innerText()).toContain('Link to another story placed inside this one.');
    expect(await page.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);
  });

  it('moves by heading from the keyboard: focused, scrolled to and announced', async () => {
    const { page } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    await page.keyboard.press('h');
    expect(await readerFocus(page)).toMatchObject({ tag: 'h2', text: 'Why the cold used to be a problem' });
    await expectAnnounced(page, 'Heading level 2, Why the cold used to be a problem');
    const box = await readerDialog(page).locator('#lector-h-0').boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y + box!.height).toBeLessThan(900);

    await page.keyboard.press('3');
    expect(await readerFocus(page)).toMatchObject({ tag: 'h3', text: 'A winter harvest' });
    await expectAnnounced(page, 'Heading level 3, A winter harvest');
    await page.keyboard.press('2');
    expect(await readerFocus(page)).toMatchObject({ text: 'The trade that followed' });
    await page.keyboard.press('Shift+H');
    expect(await readerFocus(page)).toMatchObject({ text: 'Sawdust and straw' });
    // The chord a screen reader in browse mode lets through.
    await page.keyboard.press('Alt+Shift+H');
    expect(await readerFocus(page)).toMatchObject({ text: 'The trade that followed' });
    await page.keyboard.press('5');
    await expectAnnounced(page, 'No next heading at level 5');
  });

  it('lists the headings with their levels, marks the current section, and jumps to the one chosen', async () => {
    const { page } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    await page.keyboard.press('o');
    const contents = page.getByRole('navigation', { name: 'Contents' });
    expect(await contents.isVisible()).toBe(true);
    expect(await contents.locator(':scope > ol > li > button').allInnerTexts()).toEqual([
      'Why the cold used to be a problem',
      'The trade that followed',
      'What the museum found',
    ]);
    expect(await contents.locator('ol ol button').count()).toBe(3);
    // Opened from the keyboard, the list has focus.
    expect((await readerFocus(page))?.tag).toBe('button');
    await contents.getByRole('button', { name: 'An end in a single decade' }).click();
    expect(await readerFocus(page)).toMatchObject({ tag: 'h3', text: 'An end in a single decade' });
    expect(await contents.getByRole('button', { name: 'An end in a single decade' }).getAttribute('aria-current')).toBe('location');
    expect(await contents.locator('[aria-current]').count()).toBe(1);
  });

  it('opens the shortcut help with ?, and Escape closes only the help', async () => {
    const { page } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('Alt+Shift+K');
    await page.keyboard.press('Escape');
    expect(await help.isVisible()).toBe(false);
    expect(await readerHostCount(page)).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => readerHostCount(page)).toBe(0);
  });
});

describe('reading comfort', () => {
  it('applies display settings live and keeps them for the next time', async () => {
    const { page, extension } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await readerDialog(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(23, 25, 29)');
    // By keyboard, as a user would: Playwright's fill() on a slider dispatches script events, which the reader ignores.
    const size = page.getByRole('slider', { name: 'Text size (pixels)' });
    await size.focus();
    for (let step = 0; step < 60 && Number(await size.inputValue()) !== 30; step++) {
      await page.keyboard.press(Number(await size.inputValue()) < 30 ? 'ArrowRight' : 'ArrowLeft');
    }
    expect(await size.inputValue()).toBe('30');
    await page.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
    const paragraph = article(page).locator('p').first();
    expect(await paragraph.evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');
    // Escape closes the panel holding focus first, then the reader.
    await page.keyboard.press('Escape');
    await expect.poll(() => readerDialog(page).locator('#lector-display').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => readerHostCount(page)).toBe(0);

    await expect
      .poll(() => extension.serviceWorker.evaluate(() => chrome.storage.sync.get(['theme', 'fontSize', 'fontFamily'])))
      .toEqual({ theme: 'dark', fontSize: 30, fontFamily: 'atkinson' });
    await openAndWait(page);
    expect(await readerDialog(page).getAttribute('data-theme')).toBe('dark');
    expect(await article(page).locator('p').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe('30px');
    expect(await article(page).locator('p').first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Lector Atkinson Hyperlegible"/);
  });

  it('follows settings changed elsewhere (the options page) while open', async () => {
    const { page, extension } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ theme: 'contrast', lineHeight: 2.2 }));
    await expect.poll(() => readerDialog(page).getAttribute('data-theme')).toBe('contrast');
    expect(await article(page).locator('p').first().evaluate((el) => getComputedStyle(el).lineHeight)).toBe('44px');
  });

  it('honours prefers-reduced-motion: a heading reached is at the top at once', async () => {
    const { page } = session;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(iceHouses());
    await openAndWait(page);
    await page.keyboard.press('2');
    await page.keyboard.press('2');
    const [bar, heading] = await Promise.all([
      readerDialog(page).locator('.lector-bar').boundingBox(),
      readerDialog(page).locator('#lector-h-3').boundingBox(),
    ]);
    // No animation to wait for: right after the key press it sits just below the bar.
    expect(Math.round(heading!.y - (bar!.y + bar!.height))).toBe(24);
  });

  it('uses the bundled Atkinson Hyperlegible, and takes it away again on close', async () => {
    const { page, extension } = session;
    await extension.serviceWorker.evaluate(() => chrome.storage.sync.set({ fontFamily: 'atkinson' }));
    await page.goto(iceHouses());
    await openAndWait(page);
    await expect.poll(async () => (await loadedFaces(page)).sort()).toEqual([
      'Lector Atkinson Hyperlegible 400 italic loaded',
      'Lector Atkinson Hyperlegible 400 normal loaded',
      'Lector Atkinson Hyperlegible 700 italic loaded',
      'Lector Atkinson Hyperlegible 700 normal loaded',
    ]);
    const used = await article(page).locator('p').first().evaluate((el) => document.fonts.check(`16px "Lector Atkinson Hyperlegible"`, el.textContent ?? ''));
    expect(used).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => readerHostCount(page)).toBe(0);
    expect((await pageRegistries(page)).fonts.filter((font) => font.startsWith('Lector'))).toEqual([]);
  });

  it('lays out a right-to-left article right to left', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/overlay/rtl-article.html`);
    await openAndWait(page);
    const column = readerDialog(page).locator('.lector-page');
    expect(await column.getAttribute('dir')).toBe('rtl');
    expect(await column.getAttribute('lang')).toBe('he');
    const paragraph = article(page).locator('p').first();
    expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const [columnBox, titleBox] = [await column.boundingBox(), await readerDialog(page).locator('.lector-title').boundingBox()];
    // The title starts at the right edge of the column (less its padding), not the left.
    expect(columnBox!.x + columnBox!.width - (titleBox!.x + titleBox!.width)).toBeLessThan(30);
    await page.keyboard.press('h');
    expect(await readerFocus(page)).toMatchObject({ text: 'איך ייראה החדר' });
    await page.screenshot({ path: artifactPath('overlay-rtl.png') });
  });
});

describe('reading position', () => {
  it('is offered again when the article is reopened', async () => {
    const { page, extension } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    await page.keyboard.press('h');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => readerHostCount(page)).toBe(0);
    await expect
      .poll(() => extension.serviceWorker.evaluate(() => chrome.storage.local.get('readingPositions')), { timeout: 5_000 })
      .toMatchObject({ readingPositions: { [iceHouses()]: expect.objectContaining({ block: 4 }) } });

    await openAndWait(page);
    const offer = readerDialog(page).locator('.lector-resume');
    expect(await offer.innerText()).toContain('You stopped at “Before electric refrigeration, cold was a seasonal resource.”');
    await offer.getByRole('button', { name: 'Continue from there' }).click();
    expect((await readerFocus(page))?.text).toMatch(/^Before electric refrigeration/);
    expect(await offer.count()).toBe(0);
  });
});

describe('following the spoken text', () => {
  it('stops when the user scrolls, and "Back to the spoken text" returns to it', async () => {
    const { page } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    // From the title, past the byline, to the first paragraph.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const back = page.getByRole('button', { name: 'Back to the spoken text' });
    expect(await back.count()).toBe(0);
    await page.mouse.move(640, 600);
    await page.mouse.wheel(0, 2500);
    await expect.poll(() => back.isVisible()).toBe(true);
    await back.click();
    expect(await back.count()).toBe(0);
    expect((await readerFocus(page))?.text).toMatch(/^Every January/);
    // Scrolled back: the spoken block is in the upper part of the view again.
    await expect.poll(async () => (await readerDialog(page).locator('[data-lector-spoken]').boundingBox())?.y ?? -1).toBeGreaterThan(100);
    await expect.poll(async () => (await readerDialog(page).locator('[data-lector-spoken]').boundingBox())?.y ?? 9999).toBeLessThan(500);
  });
});

describe('closing', () => {
  it('leaves the page DOM, highlights and fonts exactly as before, after real use', async () => {
    const { page } = session;
    await page.goto(iceHouses());
    const before = await pageDom(page);
    const registriesBefore = await pageRegistries(page);
    await openAndWait(page);
    await page.keyboard.press('h');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('o');
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
    // The spoken sentence is highlighted through the page's highlight registry while open.
    await expect.poll(async () => (await pageRegistries(page)).highlights).toContain('lector-sentence');
    await page.screenshot({ path: artifactPath('overlay-in-use.png') });
    // Escape closes the Display panel, then the contents, then the reader.
    for (const left of [1, 0]) {
      await page.keyboard.press('Escape');
      await expect.poll(() => readerDialog(page).locator('#lector-display, #lector-contents').count()).toBe(left);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => readerHostCount(page)).toBe(0);
    expect(await pageDom(page)).toBe(before);
    expect(await pageRegistries(page)).toEqual(registriesBefore);
  });
});

describe('no voices', () => {
  // This Chromium runs without --enable-speech-dispatcher, so it has no voices at all.
  it('says so once it has looked long enough, without waiting for Play', async () => {
    const { page } = session;
    await page.goto(iceHouses());
    await openAndWait(page);
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    const notice = readerDialog(page).locator('.lector-notice[data-kind="no-voices"]');
    // No verdict while voices may still be loading (a cold Chromium lists them 5–14 s late)…
    expect(await notice.count()).toBe(0);
    // …then it says so by itself after its patience (30 s), not only once Play is pressed.
    await notice.waitFor({ timeout: 90_000 });
    expect(await notice.innerText()).toContain('No speech voices are installed, so Lector cannot read aloud yet.');
    await expectAnnounced(page, 'No speech voices are installed, so Lector cannot read aloud yet.');
  });
});

describe('no article', () => {
  it('offers to read the whole page, and then shows its text', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/no-article.html`);
    await openAndWait(page);
    expect(await readerDialog(page).innerText()).toContain('Lector can still read aloud:');
    expect(await page.getByRole('button', { name: 'The text you selected' }).count()).toBe(0);
    await page.getByRole('button', { name: 'All the text of the page' }).click();
    const dialog = page.getByRole('dialog', { name: /Search results for “reader mode”/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await article(page).innerText()).toContain('Reader mode in browsers, compared');
    expect(await readerFocus(page)).toMatchObject({ id: 'lector-title' });
  });

  it('offers to read the selection when there is one', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/e2e/no-article.html`);
    await page.evaluate(() => {
      const item = document.querySelector('.result a')!;
      getSelection()!.selectAllChildren(item);
    });
    await openAndWait(page);
    await page.getByRole('button', { name: 'The text you selected' }).click();
    await expect.poll(() => article(page).innerText()).toBe('Reader mode in browsers, compared');
  });
});

async function loadedFaces(page: Page): Promise<string[]> {
  return (await pageRegistries(page)).fonts.filter((font) => font.startsWith('Lector Atkinson Hyperlegible'));
}
