import { describe, expect, it, vi } from 'vitest';
import type { MessageKey } from '@/components/i18n/translate';
import { addTabToQueue, openQueuePanel, showQueueBadge, type QueueApi } from './queue-requests';

function api(options: { inject?: 'ok' | 'refused'; answer?: unknown; url?: string }): QueueApi & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    scripting: {
      executeScript: vi.fn(async () => {
        if (options.inject === 'refused') throw new Error('Cannot access contents of the page');
        return [{ result: true, frameId: 0, documentId: 'd' }];
      }),
    } as never,
    tabs: {
      get: vi.fn(async () => ({ url: options.url })),
      sendMessage: vi.fn(async (_tab: number, message: unknown) => (sent.push(message), options.answer)),
    } as never,
  };
}

describe('adding a tab to the queue', () => {
  it('asks the reader script in the tab, and passes its answer on', async () => {
    const fake = api({ answer: { kind: 'added', title: 'Ice', count: 2 } });
    expect(await addTabToQueue(fake, 4)).toEqual({ kind: 'added', title: 'Ice', count: 2 });
    expect(fake.sent).toEqual([{ type: 'lector:queue-add' }]);
  });

  it('says why a tab Lector may not script cannot be added', async () => {
    expect(await addTabToQueue(api({ inject: 'refused', url: 'chrome://settings' }), 4)).toEqual({ kind: 'unavailable', reason: 'browser-page' });
  });

  it('treats a missing or malformed answer as unavailable (the page went away)', async () => {
    expect(await addTabToQueue(api({ answer: undefined }), 4)).toEqual({ kind: 'unavailable', reason: 'other' });
    expect(await addTabToQueue(api({ answer: { kind: 'surprise' } }), 4)).toEqual({ kind: 'unavailable', reason: 'other' });
  });
});

describe('opening the panel', () => {
  it("opens Chrome's side panel for the tab's window, at once (inside the gesture)", async () => {
    const open = vi.fn(async () => undefined);
    const opening = openQueuePanel({ sidePanel: { open } }, { id: 3, windowId: 9 });
    expect(open).toHaveBeenCalledWith({ windowId: 9 });
    expect(await opening).toBe(true);
  });

  it("opens Firefox's sidebar, and says false when the browser refuses or has neither", async () => {
    expect(await openQueuePanel({ sidebarAction: { open: async () => undefined } }, { id: 3 })).toBe(true);
    expect(await openQueuePanel({ sidePanel: { open: () => Promise.reject(new Error('user gesture')) } }, { id: 3 })).toBe(false);
    expect(await openQueuePanel({ sidePanel: { open: () => { throw new Error('sync'); } } }, { id: 3 })).toBe(false);
    expect(await openQueuePanel({}, { id: 3 })).toBe(false);
  });

  it('opens the panel page in a tab where the browser has no panel (Firefox for Android), and only there', async () => {
    const openPanelPage = vi.fn(async () => undefined);
    expect(await openQueuePanel({ openPanelPage }, { id: 3 })).toBe(true);
    expect(openPanelPage).toHaveBeenCalledOnce();
    expect(await openQueuePanel({ sidebarAction: { open: async () => undefined }, openPanelPage }, { id: 3 })).toBe(true);
    expect(openPanelPage).toHaveBeenCalledOnce();
  });
});

describe('the toolbar badge after adding', () => {
  function action() {
    const calls: Record<string, unknown> = {};
    return {
      calls,
      api: {
        setBadgeText: vi.fn(async (details: { text: string | null }) => void (calls.text = details.text)),
        setBadgeBackgroundColor: vi.fn(async (details: { color: unknown }) => void (calls.color = details.color)),
        setTitle: vi.fn(async (details: { title: string }) => void (calls.title = details.title)),
      } as never,
    };
  }
  const t = (key: MessageKey, subs?: string[]) => `${key}(${(subs ?? []).join('|')})`;

  it('shows the count when added, "!" when not, and the words in the tooltip', async () => {
    const added = action();
    await showQueueBadge(added.api, t, 4, { kind: 'added', title: 'Ice', count: 3 });
    expect(added.calls).toEqual({ text: '3', color: '#0b6b2e', title: 'queueAddedStatus(Ice|3)' });
    const full = action();
    await showQueueBadge(full.api, t, 4, { kind: 'queue-full', limit: 'articles', max: 50 });
    expect(full.calls).toEqual({ text: '!', color: '#b3261e', title: 'queueFullArticles(50)' });
  });
});
