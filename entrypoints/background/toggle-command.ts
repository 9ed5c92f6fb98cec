/** The manifest's keyboard command (default Alt+Shift+L) toggles the reader in the active tab. */
import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from '@/messaging/protocol';
import { hasApi } from '@/messaging/optional-apis';
import type { ToggleReader } from './reader-triggers';

export function setupToggleCommand(toggle: ToggleReader): void {
  // Firefox for Android has no keyboard commands.
  if (!hasApi(browser, 'commands')) return;
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) void toggle(tabId);
  });
}

/** Some browsers send the command without its tab. */
async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
