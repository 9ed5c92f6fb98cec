import { describe, expect, it, vi } from 'vitest';
import {
  createContextMenus,
  MENU_ADD_TO_QUEUE,
  MENU_OPEN_QUEUE,
  MENU_READ_FROM_HERE,
  MENU_READ_PAGE,
  menuItems,
  readerMessageForMenuClick,
} from './context-menus';

const t = (key: string) => `[${key}]`;

describe('context menu items', () => {
  it('offers "from here" only on a selection in Chrome, everywhere in Firefox', () => {
    const chrome = menuItems(t, false);
    const firefox = menuItems(t, true);
    expect(chrome.map((item) => [item.id, item.title, item.contexts])).toEqual([
      [MENU_READ_PAGE, '[menuReadPage]', ['page', 'selection', 'link', 'image']],
      [MENU_READ_FROM_HERE, '[menuReadFromHere]', ['selection']],
      [MENU_ADD_TO_QUEUE, '[menuAddToQueue]', ['page', 'selection', 'action']],
      [MENU_OPEN_QUEUE, '[menuOpenQueue]', ['page', 'action']],
    ]);
    expect(firefox[1]?.contexts).toEqual(['page', 'selection', 'link', 'image']);
  });

  it('recreates the menus from scratch', async () => {
    const calls: string[] = [];
    await createContextMenus(
      {
        removeAll: vi.fn(async () => void calls.push('removeAll')),
        create: vi.fn((item: { id?: string }) => (calls.push(`create ${item.id}`), 1)),
      } as never,
      menuItems(t, false),
    );
    expect(calls).toEqual([
      'removeAll',
      `create ${MENU_READ_PAGE}`,
      `create ${MENU_READ_FROM_HERE}`,
      `create ${MENU_ADD_TO_QUEUE}`,
      `create ${MENU_OPEN_QUEUE}`,
    ]);
  });

  it('turns clicks into reader requests', () => {
    expect(readerMessageForMenuClick({ menuItemId: MENU_READ_PAGE, selectionText: 'x' })).toEqual({ action: 'open' });
    expect(readerMessageForMenuClick({ menuItemId: MENU_READ_FROM_HERE, selectionText: 'here' })).toEqual({
      action: 'open',
      startHint: { selectionText: 'here' },
    });
    expect(readerMessageForMenuClick({ menuItemId: MENU_READ_FROM_HERE, targetElementId: 12 })).toEqual({
      action: 'open',
      startHint: { targetElementId: 12 },
    });
    expect(readerMessageForMenuClick({ menuItemId: 'someone-else' })).toBeNull();
    // The queue's items are not the reader's: the queue requests handle them.
    expect(readerMessageForMenuClick({ menuItemId: MENU_ADD_TO_QUEUE })).toBeNull();
    expect(readerMessageForMenuClick({ menuItemId: MENU_OPEN_QUEUE })).toBeNull();
  });
});
