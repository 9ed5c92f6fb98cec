/**
 * The listening queue's triggers in the background: "Add page to listening
 * queue" (context menu, toolbar menu, keyboard command) and "Open listening
 * queue" (menus, the reader's button). Adding puts the reader script in the
 * tab (activeTab is granted by that very click or key) and asks it to extract
 * the page as the reader would and store it; nothing is fetched later.
 * Opening the panel must happen inside the user's gesture, so it is called
 * before anything is awaited.
 */
import { browser } from 'wxt/browser';
import {
  ADD_TO_QUEUE_COMMAND,
  isOpenPanelMessage,
  OPEN_QUEUE_COMMAND,
  SIDE_PANEL_PATH,
  isQueueAddOutcome,
  type QueueAddMessage,
  type QueueAddOutcome,
} from '@/messaging/protocol';
import { queueAddWords } from '@/components/queue/queue-add-words';
import type { Translate } from '@/components/i18n/messages';
import { ensureReaderInjected, type TriggerApi } from './trigger-reader';
import { classifyUnavailable } from './unavailable-pages';
import { MENU_ADD_TO_QUEUE, MENU_OPEN_QUEUE } from './context-menus';
import { hasApi } from '@/messaging/optional-apis';

export type AddTabToQueue = (tabId: number) => Promise<QueueAddOutcome>;

export interface QueueApi {
  scripting: TriggerApi['scripting'];
  tabs: Pick<typeof browser.tabs, 'get' | 'sendMessage'>;
}

export async function addTabToQueue(api: QueueApi, tabId: number): Promise<QueueAddOutcome> {
  try {
    await ensureReaderInjected(api, tabId);
  } catch (error) {
    const url = await api.tabs.get(tabId).then((tab) => tab.url, () => undefined);
    return { kind: 'unavailable', reason: classifyUnavailable(url, error) };
  }
  const request: QueueAddMessage = { type: 'lector:queue-add' };
  const outcome: unknown = await api.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  return isQueueAddOutcome(outcome) ? outcome : { kind: 'unavailable', reason: 'other' };
}

export type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/**
 * Shows the outcome on the toolbar button of that tab, for those who do not hear the page's announcement: the
 * queue's count when added, "!" when it could not be (full, refused, no article), and the words in its tooltip. The
 * browser clears a tab's badge when the tab navigates.
 */
export async function showQueueBadge(action: BadgeApi, t: Translate, tabId: number, outcome: QueueAddOutcome): Promise<void> {
  const added = outcome.kind === 'added' || outcome.kind === 'already-queued';
  const text = outcome.kind === 'added' ? String(outcome.count) : added ? '✓' : '!';
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: added ? '#0b6b2e' : '#b3261e' }),
    action.setTitle({ tabId, title: queueAddWords(t, outcome) }),
  ]).catch(() => undefined);
}

/** What opens the panel in each browser; both need the user's gesture. */
export interface PanelOpener {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  /** Where the browser has no panel at all (Firefox for Android): the panel's page in a tab of its own. */
  openPanelPage?: () => Promise<unknown>;
}

/**
 * Opens Lector's panel for the window of `tab`: Chrome's side panel, Firefox's sidebar. Called synchronously in
 * the gesture's handler (an `await` before it loses the gesture: "sidePanel.open() may only be called in response
 * to a user gesture").
 */
export function openQueuePanel(opener: PanelOpener, tab: { id?: number; windowId?: number } | undefined): Promise<boolean> {
  try {
    const opening = opener.sidePanel
      ? opener.sidePanel.open(tab?.windowId !== undefined ? { windowId: tab.windowId } : { tabId: tab?.id })
      : opener.sidebarAction
        ? opener.sidebarAction.open()
        : opener.openPanelPage?.();
    return opening ? opening.then(() => true, () => false) : Promise.resolve(false);
  } catch {
    return Promise.resolve(false);
  }
}

// `sidePanel` is Chrome's, `sidebarAction` Firefox's; neither browser's typings know the other's.
const panelOpener = (): PanelOpener => {
  const panels = browser as unknown as PanelOpener;
  return {
    sidePanel: panels.sidePanel,
    sidebarAction: panels.sidebarAction,
    openPanelPage: () => browser.tabs.create({ url: browser.runtime.getURL(SIDE_PANEL_PATH) }),
  };
};

export function setupQueueRequests(addTab: AddTabToQueue): void {
  // Firefox for Android has neither context menus nor keyboard commands; the reader's own button remains.
  if (hasApi(browser, 'contextMenus')) {
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_OPEN_QUEUE) void openQueuePanel(panelOpener(), tab);
      else if (info.menuItemId === MENU_ADD_TO_QUEUE && tab?.id !== undefined) void addTab(tab.id);
    });
  }
  if (hasApi(browser, 'commands')) {
    browser.commands.onCommand.addListener(async (command, tab) => {
      // Before any await: opening the panel needs the key press's gesture.
      if (command === OPEN_QUEUE_COMMAND) return void openQueuePanel(panelOpener(), tab);
      if (command !== ADD_TO_QUEUE_COMMAND) return;
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) void addTab(tabId);
    });
  }
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (opened: boolean) => void) => {
    // Only Lector's own reader (a content script in a tab) asks; a page cannot reach this listener.
    if (!isOpenPanelMessage(message) || sender.id !== browser.runtime.id || !sender.tab) return undefined;
    void openQueuePanel(panelOpener(), sender.tab).then(sendResponse);
    return true;
  });
}
