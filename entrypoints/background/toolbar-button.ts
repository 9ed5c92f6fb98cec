/** The toolbar button toggles the reader in its tab. */
import { browser } from 'wxt/browser';
import type { ToggleReader } from './reader-triggers';

export function setupToolbarButton(toggle: ToggleReader): void {
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggle(tab.id);
  });
}
