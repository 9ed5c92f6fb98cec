import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browserHasShortcuts, openShortcutSettings } from './use-toggle-shortcut';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('openShortcutSettings', () => {
  it("opens Chromium's extension shortcuts page", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openShortcutSettings();
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it("uses Firefox's own shortcut manager where the browser has one", async () => {
    const open = vi.fn(async () => undefined);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    Object.assign(fakeBrowser.commands, { openShortcutSettings: open });
    try {
      await openShortcutSettings();
    } finally {
      delete (fakeBrowser.commands as { openShortcutSettings?: unknown }).openShortcutSettings;
    }
    expect(open).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('where the browser has no keyboard commands (Firefox for Android)', () => {
  it('says there are no browser shortcuts, so the pages offer none', () => {
    expect(browserHasShortcuts()).toBe(true);
    const saved = Object.getOwnPropertyDescriptor(fakeBrowser, 'commands');
    Object.defineProperty(fakeBrowser, 'commands', { value: undefined, configurable: true });
    try {
      expect(browserHasShortcuts()).toBe(false);
    } finally {
      if (saved) Object.defineProperty(fakeBrowser, 'commands', saved);
    }
  });

  it('opens a tab instead of throwing', async () => {
    const saved = Object.getOwnPropertyDescriptor(fakeBrowser, 'commands');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    Object.defineProperty(fakeBrowser, 'commands', { value: undefined, configurable: true });
    try {
      await openShortcutSettings();
    } finally {
      if (saved) Object.defineProperty(fakeBrowser, 'commands', saved);
    }
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });
});
