/**
 * The keyboard shortcut Lector suggests is one the browser really gives it.
 * Chromium silently leaves some suggested keys unassigned (Chromium 156 gives an
 * extension Alt+Shift+L or Alt+Shift+Y but not Alt+Shift+R), and then a
 * keyboard-only user has no way in until they find the browser's shortcut page.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, REPO_ROOT } from './support/browser';

const STORE_BUILD = join(REPO_ROOT, '.output', 'chrome-mv3');

beforeAll(async () => {
  await promisify(execFile)('npx', ['wxt', 'build'], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } });
}, 240_000);

describe.each([
  ['store', STORE_BUILD],
  ['e2e', undefined],
] as const)('the %s build in Chromium', (_name, extensionDir) => {
  it('gets a shortcut for opening the reader, which the welcome page names', async () => {
    const extension = await launchWithExtension({ extensionDir });
    try {
      const commands = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
      const toggle = commands.find((command) => command.name === 'toggle-reader');
      expect(toggle?.shortcut).toBe('Alt+Shift+L');
      const welcome = extension.context.pages().find((page) => page.url().endsWith('/welcome.html'));
      expect(welcome).toBeDefined();
      await expect.poll(() => welcome!.locator('li').nth(1).innerText()).toBe('Or press Alt+Shift+L.');
    } finally {
      await extension.close();
    }
  });
});

describe('the options page', () => {
  it("opens the browser's shortcut settings, where a keyboard user changes or sets the key", async () => {
    const extension = await launchWithExtension();
    try {
      const options = await extension.context.newPage();
      await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
      // The key arrives from commands.getAll(), after the first render.
      await expect.poll(() => options.getByRole('row', { name: /Open or close the reader/ }).innerText()).toContain('Alt+Shift+L');
      const opened = extension.context.waitForEvent('page');
      await options.getByRole('button', { name: 'Change the shortcut' }).press('Enter');
      const settings = await opened;
      await expect.poll(() => settings.url()).toBe('chrome://extensions/shortcuts');
    } finally {
      await extension.close();
    }
  });
});
