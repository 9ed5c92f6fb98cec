/**
 * Firefox for Android: the namespaces it lacks are undefined. Every background setup that uses one must return
 * quietly (its absence would otherwise throw and stop the toolbar button from being wired), and still work where
 * the namespace exists.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { setupContextMenus } from './context-menus';
import { hasApi } from '@/messaging/optional-apis';
import { setupQueueRequests } from './queue-requests';
import { setupToggleCommand } from './toggle-command';

const MISSING_ON_ANDROID = ['contextMenus', 'commands'] as const;

/** Makes `fakeBrowser` look like Firefox for Android for the length of `run`. */
async function withoutApis<T>(run: () => T | Promise<T>): Promise<T> {
  const saved = MISSING_ON_ANDROID.map((name) => [name, Object.getOwnPropertyDescriptor(fakeBrowser, name)] as const);
  for (const name of MISSING_ON_ANDROID) Object.defineProperty(fakeBrowser, name, { value: undefined, configurable: true });
  try {
    return await run();
  } finally {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(fakeBrowser, name, descriptor);
  }
}

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('background setups where the browser has no context menus or commands (Firefox for Android)', () => {
  it('sees the namespaces missing, and present on desktop', async () => {
    expect(hasApi(browser, 'contextMenus')).toBe(true);
    expect(hasApi(browser, 'commands')).toBe(true);
    await withoutApis(() => {
      expect(browser.contextMenus).toBeUndefined();
      expect(hasApi(browser, 'contextMenus')).toBe(false);
      expect(hasApi(browser, 'commands')).toBe(false);
    });
  });

  it('wires the rest without throwing: the reader\u2019s own requests still reach the queue', async () => {
    const toggle = vi.fn(async () => undefined);
    const addTab = vi.fn();
    const onMessage = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    await withoutApis(() => {
      expect(() => setupToggleCommand(toggle as never)).not.toThrow();
      expect(() => setupContextMenus(toggle)).not.toThrow();
      expect(() => setupQueueRequests(addTab)).not.toThrow();
    });
    expect(onMessage).toHaveBeenCalledOnce();
  });

  it('still listens for commands and menu clicks where the browser has them', () => {
    const onCommand = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const onClicked = vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    setupToggleCommand(vi.fn() as never);
    setupContextMenus(vi.fn());
    setupQueueRequests(vi.fn());
    expect(onCommand).toHaveBeenCalledTimes(2);
    expect(onClicked).toHaveBeenCalledTimes(2);
  });
});
