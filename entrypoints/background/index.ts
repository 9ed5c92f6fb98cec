/**
 * Background wiring: every trigger (toolbar button, keyboard command, context
 * menu, the unavailable-page popup's "Try again") goes through `triggerReader`.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContextMenus, menuItems, readerMessageForMenuClick } from './context-menus';
import { installE2EHooks } from './e2e-hooks';
import { triggerReader, type TriggerApi, type TriggerOutcome } from './trigger-reader';
import { isRetryMessage } from './retry-message';
import { answerFontRequests } from './reader-fonts';
import { answerExtractorRequests } from './extractor-injection';
import { TOGGLE_COMMAND } from '../reader.content/protocol';

export default defineBackground(() => {
  const api: TriggerApi = {
    scripting: browser.scripting,
    tabs: browser.tabs,
    action: browser.action,
    t: (key) => browser.i18n.getMessage(key),
  };
  const toggle = (tabId: number): Promise<TriggerOutcome> => triggerReader(api, tabId, { action: 'toggle' });
  const menuClick = async (
    tabId: number,
    info: Parameters<typeof readerMessageForMenuClick>[0],
  ): Promise<TriggerOutcome | null> => {
    const message = readerMessageForMenuClick(info);
    return message ? triggerReader(api, tabId, message) : null;
  };

  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggle(tab.id);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) void toggle(tabId);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) void menuClick(tab.id, info);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only Lector's own pages may ask; a content script's sender has a tab.
    if (!isRetryMessage(message) || sender.tab || sender.id !== browser.runtime.id) return undefined;
    void toggle(message.tabId).then(sendResponse);
    return true;
  });

  browser.runtime.onMessage.addListener(answerFontRequests);
  browser.runtime.onMessage.addListener(answerExtractorRequests(browser.scripting, browser.runtime.id));

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await createContextMenus(
      browser.contextMenus,
      menuItems((key) => browser.i18n.getMessage(key), import.meta.env.FIREFOX),
    );
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  if (import.meta.env.MODE === 'e2e') installE2EHooks({ open: toggle, menuClick });
});

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
