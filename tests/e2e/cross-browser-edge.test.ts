/**
 * The Edge build (`wxt build -b edge --mode e2e`, its own outDir) loaded into
 * Debian's Chromium (Edge is Chromium; there is no Edge binary here): it opens
 * the reader on the seed article and closes it without a trace.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, openReader, readerDialog, REPO_ROOT, useExtensionSession, readSeedExpectation, type SeedExpectation } from './support/browser';
import { closeAndWait, pageDom } from './support/overlay';

const EDGE_E2E_DIR = join(REPO_ROOT, '.output', 'edge-mv3-e2e');

let seed: SeedExpectation;

// Registered before the session so the build exists when the browser loads it.
beforeAll(async () => {
  await promisify(execFile)('npx', ['wxt', 'build', '-b', 'edge', '--mode', 'e2e'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  seed = await readSeedExpectation();
});

const session = useExtensionSession({ launch: { extensionDir: EDGE_E2E_DIR } });


describe('Edge build in Chromium', () => {
  it('opens the reader on the seed article without the clutter, and Escape closes it leaving the page as it was', async () => {
    const { extension, server } = session;
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/news/seed-article.html`);
    await page.locator('a[rel="author"]').focus();
    const before = await pageDom(page);

    expect(await openReader(page)).toMatchObject({ shown: 'article', title: seed.title });
    const dialog = page.getByRole('dialog', { name: seed.title });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await readerDialog(page).getAttribute('aria-modal')).toBe('true');
    const text = (await readerDialog(page).innerText()).replace(/\s+/g, ' ');
    for (const paragraph of seed.keep) expect(text).toContain(paragraph.replace(/\s+/g, ' '));
    for (const clutter of new Set(seed.drop)) expect(text).not.toContain(clutter);
    await page.screenshot({ path: artifactPath('edge-reader-seed-article.png'), caret: 'initial' });

    await closeAndWait(page);
    expect(await pageDom(page)).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('author');
    await page.close();
  });
});
