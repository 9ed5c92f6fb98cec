/**
 * Reading positions in Debian's Chromium: a page that gives itself a huge
 * address with `history.replaceState` gets a short entry, however often it is
 * read (it once filled storage.local in five opens), and "Forget reading
 * positions" on the options page empties them, says so in the page's status
 * region, and leaves the settings alone.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MAX_KEY_LENGTH } from '../../settings/reading-positions-key';
import { useExtensionSession } from './support/browser';
import { openAndWait, readerHostCount } from './support/overlay';

const session = useExtensionSession({ newPagePerTest: true, clearStorage: { after: 'each', areas: ['sync', 'local'] } });

/**
 * 100,000 characters, 200 times the longest key. (The 1.9 MB address of issue 19 is in the unit test: in the
 * reader one open with it took 80 s on the test machine, outside storage; see the report of this change.)
 */
const ADDRESS_LENGTH = 100_000;
const OPENS = 4;

type Positions = Record<string, { block: number; sentence: number; savedAt: number }>;
const storedPositions = () =>
  session.extension.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('readingPositions')).readingPositions ?? {}) as Positions);
const localBytes = () => session.extension.serviceWorker.evaluate(() => chrome.storage.local.getBytesInUse(null));

describe('reading positions', () => {
  it('stay small when a page gives itself a huge address, open after open', async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/overlay/ice-houses.html`);
    for (let open = 1; open <= OPENS; open++) {
      const started = performance.now();
      const length = await page.evaluate(
        ([n, size]) => {
          history.replaceState(null, '', `/overlay/${String(n).repeat(size)}?utm_source=${'x'.repeat(1_000)}#${'y'.repeat(1_000)}`);
          return location.href.length;
        },
        [open, ADDRESS_LENGTH] as const,
      );
      expect(length).toBeGreaterThan(ADDRESS_LENGTH);
      await openAndWait(page);
      // A place the user reached (next heading, next sentence) is what gets kept on closing.
      await page.keyboard.press('h');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Escape');
      await expect.poll(() => readerHostCount(page)).toBe(0);
      await expect.poll(async () => Object.keys(await storedPositions()).length, { timeout: 5_000 }).toBe(open);
      console.info(`open ${open} with a ${length}-character address: ${Math.round(performance.now() - started)} ms`);
    }
    const keys = Object.keys(await storedPositions());
    for (const key of keys) {
      expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
      expect(key.startsWith(`${server.origin}/overlay/`)).toBe(true);
      expect(key).not.toContain('utm_source');
    }
    expect(new Set(keys).size).toBe(OPENS);
    // A few kilobytes, where five such addresses once took 9.5 MB of the 10 MB and the sixth save failed.
    expect(await localBytes()).toBeLessThan(OPENS * (MAX_KEY_LENGTH + 200));
  }, 300_000);
});

describe('the options page', () => {
  it('forgets every reading position with one button, says so, and keeps the settings', async () => {
    const { page, extension } = session;
    await extension.serviceWorker.evaluate(async () => {
      await chrome.storage.sync.set({ theme: 'dark' });
      await chrome.storage.local.set({
        readingPositions: {
          'https://news.example/a': { block: 3, sentence: 9, savedAt: 1 },
          'https://news.example/b': { block: 1, sentence: 2, savedAt: 2 },
        },
      });
    });
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const section = page.getByRole('region', { name: 'Reading positions' });
    await expect.poll(() => section.isVisible()).toBe(true);
    const privateWindows = section.getByRole('checkbox', { name: 'Also remember them in private windows' });
    await expect.poll(() => privateWindows.isEnabled()).toBe(true);
    expect(await privateWindows.isChecked()).toBe(false);

    const button = section.getByRole('button', { name: 'Forget reading positions' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Reading positions forgotten.' }).count()).toBe(1);
    expect(await storedPositions()).toEqual({});
    expect(await extension.serviceWorker.evaluate(() => chrome.storage.sync.get('theme'))).toEqual({ theme: 'dark' });
    // Focus stays on the button for the keyboard user.
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    await privateWindows.check();
    await expect
      .poll(() => extension.serviceWorker.evaluate(() => chrome.storage.local.get('rememberPrivateReadingPositions')))
      .toEqual({ rememberPrivateReadingPositions: true });
  });

  it('has no axe-core violations in the reading positions section', async () => {
    const { page, extension } = session;
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await expect.poll(() => page.getByRole('region', { name: 'Reading positions' }).isVisible()).toBe(true);
    // Evaluated rather than added as a <script>: the options page's CSP allows only the extension's own files.
    await page.evaluate(await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const { violations, passed } = await page.evaluate(async () => {
      type AxeResult = { violations: Array<{ id: string; nodes: unknown[] }>; passes: unknown[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
      const result = await axe.run('section[aria-labelledby="positions-heading"]', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
      return { violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), passed: result.passes.length };
    });
    expect(violations).toEqual([]);
    expect(passed).toBeGreaterThan(3);
  });
});
