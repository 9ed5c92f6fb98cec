/**
 * "Try again" in the unavailable-page popup: the click there grants activeTab
 * anew, so the background toggles the reader in the tab the popup names.
 */
import { browser } from 'wxt/browser';
import { isRetryMessage, type RuntimeResponse } from '@/messaging/protocol';
import type { ToggleReader } from './reader-triggers';

export function setupRetryRequests(toggle: ToggleReader): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender, sendResponse: (outcome: RuntimeResponse<'lector:retry'>) => void) => {
      // Only Lector's own pages may ask; a content script's sender has a tab.
      if (!isRetryMessage(message) || sender.tab || sender.id !== browser.runtime.id) return undefined;
      void toggle(message.tabId).then(sendResponse);
      return true;
    },
  );
}
