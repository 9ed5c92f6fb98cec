/**
 * A very long article (the benchmarks' sized page, about 1 MB) in the real reader: it goes on screen a piece at a
 * time (components/article-mount.ts), and everything that needs a block finds it whether or not its piece is
 * there yet. The time the page spends is measured by `npm run bench -- open-time`, not asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sizedArticle } from '../../bench/support/sized-article';
import { readerDialog, serveFixtures, useExtensionSession, type FixtureServer } from './support/browser';
import { expectAnnounced, openAndWait, readerFocus } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });
const BYTES = 1_000_000;
let server: FixtureServer;

beforeAll(async () => {
  const page = sizedArticle(BYTES);
  server = await serveFixtures(undefined, { generated: (path) => (path === '/long.html' ? page : undefined) });
});
afterAll(() => server?.close());

const articleBlocks = () => readerDialog(session.page).locator('article.lector-article [data-lector-block]');

describe('a very long article', () => {
  it('goes to its last heading from the contents and on by heading keys, and ends up whole on screen', async () => {
    const { page } = session;
    await page.goto(`${server.origin}/long.html`);
    await openAndWait(page);
    const headings = readerDialog(page).locator('article.lector-article h2');
    const lastPart = Number(/Part (\d+)/.exec(sizedArticle(BYTES).match(/<h2>Part \d+<\/h2>/g)!.at(-1)!)![1]);
    expect(lastPart).toBeGreaterThan(50);

    await page.keyboard.press('o');
    const outline = readerDialog(page).locator('.lector-outline-link');
    await expect.poll(() => outline.count()).toBeGreaterThanOrEqual(lastPart);
    await outline.filter({ hasText: new RegExp(`^Part ${lastPart - 1}$`) }).click();
    expect(await readerFocus(page)).toMatchObject({ tag: 'h2', text: `Part ${lastPart - 1}` });
    await page.keyboard.press('Escape'); // the contents close; focus stays in the article
    await page.keyboard.press('h');
    expect(await readerFocus(page)).toMatchObject({ tag: 'h2', text: `Part ${lastPart}` });
    await expectAnnounced(page, `Heading level 2, Part ${lastPart}`);
    // Scrolled to (smoothly, so it is waited for): its top inside the 900 px window.
    const top = async () => (await headings.filter({ hasText: new RegExp(`^Part ${lastPart}$`) }).boundingBox())?.y ?? -1;
    await expect.poll(async () => { const y = await top(); return y >= 0 && y < 900; }, { timeout: 10_000 }).toBe(true);

    // The idle slices finish the rest: every part's heading, once each, in order.
    await expect.poll(async () => (await headings.allInnerTexts()).filter((text) => /^Part \d+$/.test(text)).length, { timeout: 60_000 }).toBe(lastPart);
    const texts = (await headings.allInnerTexts()).filter((text) => /^Part \d+$/.test(text));
    expect(texts).toEqual(Array.from({ length: lastPart }, (_, i) => `Part ${i + 1}`));
    expect(await articleBlocks().last().innerText()).not.toBe('');
  });

});
