import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hasApi } from '@/messaging/optional-apis';
import { TOGGLE_COMMAND } from '@/messaging/protocol';

/** False in Firefox for Android: it has no keyboard commands, so there is no browser shortcut to show or set. */
export function browserHasShortcuts(): boolean {
  return hasApi(browser, 'commands');
}

/** The browser's own shortcut for opening the reader, as the user set it (null when unset, undefined until known). */
export function useToggleShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    // Firefox for Android has no keyboard commands: no shortcut to show.
    if (!browserHasShortcuts()) return setShortcut(null);
    void browser.commands.getAll().then((commands) => {
      const command = commands.find((candidate) => candidate.name === TOGGLE_COMMAND);
      setShortcut(command?.shortcut ? command.shortcut : null);
    });
  }, []);
  return shortcut;
}

/**
 * Opens the browser's own page for extension shortcuts: Firefox's add-on shortcut manager
 * (`commands.openShortcutSettings`, Firefox 137+), else Chromium's chrome://extensions/shortcuts
 * (Edge redirects it to edge://extensions/shortcuts). An extension may open that page, not change a key itself.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as (typeof browser.commands & { openShortcutSettings?: () => Promise<void> }) | undefined;
  if (typeof commands?.openShortcutSettings === 'function') return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
