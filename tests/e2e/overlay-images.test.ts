/**
 * Images for screen readers and listeners, in the built reader: an image
 * without `alt` gets its figure's caption (or `alt=""`), an image with nothing
 * to load is dropped and listed with the removals, axe finds no `image-alt`
 * violation, and the one real description is read aloud as "Image: …" while the
 * alt that only repeats its caption is not read twice.
 */
import { describe, expect, it } from 'vitest';
import { auditReader } from './support/axe';
import { readerDialog, useExtensionSession } from './support/browser';
import { closeAndWait, openAndWait, placesSaidStepping } from './support/overlay';

describe('images in the reader', () => {
  const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });

  it('gives every image a text alternative, drops the one with no source, and reads the real description', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/overlay/pictures.html`);
    await openAndWait(page);
    const images = await readerDialog(page)
      .locator('article img')
      .evaluateAll((all) => all.map((img) => ({ alt: img.getAttribute('alt'), src: new URL((img as HTMLImageElement).src).pathname })));
    expect(images).toEqual([
      { alt: 'A page from the 1911 logbook, written during the February gale.', src: '/img/logbook.jpg' },
      { alt: 'A brass oil lamp on a workbench, its glass chimney removed', src: '/img/lamp.jpg' },
    ]);
    const removed = readerDialog(page).locator('details.lector-removed');
    await removed.locator('summary').click();
    expect(await removed.innerText()).toContain("Keeper's cottage");
    expect(await auditReader(page, 'article', ['image-alt'])).toMatchObject({ violations: [] });

    // Stepping sentence by sentence while paused: the reader says each place.
    await readerDialog(page).locator('#lector-title').focus();
    const said = await placesSaidStepping(page, 12);
    expect(said).toContain('Image: A brass oil lamp on a workbench, its glass chimney removed');
    expect(said.filter((text) => text.startsWith('Image:'))).toHaveLength(1);
    await closeAndWait(page);
  });
});
