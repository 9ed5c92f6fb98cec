/**
 * "Read page aloud" and "Read aloud from here" in the page's context menu.
 * Chrome does not say which element a menu was opened on, so there "from here"
 * is offered only on a selection; Firefox names the element
 * (`info.targetElementId`), so there it is offered everywhere.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ReaderMessage } from '@/messaging/protocol';
import { hasApi } from '@/messaging/optional-apis';

export const MENU_READ_PAGE = 'lector-read-page';
export const MENU_READ_FROM_HERE = 'lector-read-from-here';
/** The listening queue's items, on the page and on the toolbar button's own menu (`action`). */
export const MENU_ADD_TO_QUEUE = 'lector-add-to-queue';
export const MENU_OPEN_QUEUE = 'lector-open-queue';

/** What a click on a menu item tells; `targetElementId` only in Firefox. */
export type MenuClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'> & { targetElementId?: number };

type MenuContexts = NonNullable<Browser.contextMenus.CreateProperties['contexts']>;

export function menuItems(
  t: (key: 'menuReadPage' | 'menuReadFromHere' | 'menuAddToQueue' | 'menuOpenQueue') => string,
  isFirefox: boolean,
): Browser.contextMenus.CreateProperties[] {
  const everywhere: MenuContexts = ['page', 'selection', 'link', 'image'];
  return [
    { id: MENU_READ_PAGE, title: t('menuReadPage'), contexts: everywhere },
    { id: MENU_READ_FROM_HERE, title: t('menuReadFromHere'), contexts: isFirefox ? everywhere : ['selection'] },
    // Not on links: the item adds the page, and a link's own article could only be had by fetching it.
    { id: MENU_ADD_TO_QUEUE, title: t('menuAddToQueue'), contexts: ['page', 'selection', 'action'] },
    { id: MENU_OPEN_QUEUE, title: t('menuOpenQueue'), contexts: ['page', 'action'] },
  ];
}

export async function createContextMenus(
  contextMenus: Pick<typeof browser.contextMenus, 'removeAll' | 'create'>,
  items: Browser.contextMenus.CreateProperties[],
): Promise<void> {
  await contextMenus.removeAll();
  for (const item of items) contextMenus.create(item);
}

/** The reader request a menu click stands for, or null for a menu that is not ours. */
export function readerMessageForMenuClick(info: MenuClickInfo): Omit<ReaderMessage, 'type'> | null {
  if (info.menuItemId === MENU_READ_PAGE) return { action: 'open' };
  if (info.menuItemId !== MENU_READ_FROM_HERE) return null;
  const startHint: NonNullable<ReaderMessage['startHint']> = {};
  if (info.selectionText) startHint.selectionText = info.selectionText;
  if (typeof info.targetElementId === 'number') startHint.targetElementId = info.targetElementId;
  return { action: 'open', startHint };
}

/** Creates the menus when Lector is installed or updated, and hands their clicks to `onClick`. */
export function setupContextMenus(onClick: (tabId: number, info: MenuClickInfo) => Promise<unknown>): void {
  // Firefox for Android has no context menus.
  if (!hasApi(browser, 'contextMenus')) return;
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id !== undefined) void onClick(tab.id, info);
  });
  browser.runtime.onInstalled.addListener(async () => {
    await createContextMenus(
      browser.contextMenus,
      menuItems((key) => browser.i18n.getMessage(key), import.meta.env.FIREFOX),
    );
  });
}
