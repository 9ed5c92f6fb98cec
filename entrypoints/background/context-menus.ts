/**
 * "Read page aloud" and "Read aloud from here" in the page's context menu.
 * Chrome does not say which element a menu was opened on, so there "from here"
 * is offered only on a selection; Firefox names the element
 * (`info.targetElementId`), so there it is offered everywhere.
 */
import type { Browser, browser } from 'wxt/browser';
import type { ReaderMessage } from '../reader.content/protocol';

export const MENU_READ_PAGE = 'lector-read-page';
export const MENU_READ_FROM_HERE = 'lector-read-from-here';

type MenuContexts = NonNullable<Browser.contextMenus.CreateProperties['contexts']>;

export function menuItems(
  t: (key: 'menuReadPage' | 'menuReadFromHere') => string,
  isFirefox: boolean,
): Browser.contextMenus.CreateProperties[] {
  const everywhere: MenuContexts = ['page', 'selection', 'link', 'image'];
  return [
    { id: MENU_READ_PAGE, title: t('menuReadPage'), contexts: everywhere },
    { id: MENU_READ_FROM_HERE, title: t('menuReadFromHere'), contexts: isFirefox ? everywhere : ['selection'] },
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
export function readerMessageForMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'> & { targetElementId?: number },
): Omit<ReaderMessage, 'type'> | null {
  if (info.menuItemId === MENU_READ_PAGE) return { action: 'open' };
  if (info.menuItemId !== MENU_READ_FROM_HERE) return null;
  const startHint: NonNullable<ReaderMessage['startHint']> = {};
  if (info.selectionText) startHint.selectionText = info.selectionText;
  if (typeof info.targetElementId === 'number') startHint.targetElementId = info.targetElementId;
  return { action: 'open', startHint };
}
