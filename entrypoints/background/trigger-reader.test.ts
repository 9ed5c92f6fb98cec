import { describe, expect, it, vi } from 'vitest';
import { triggerReader, type TriggerApi } from './trigger-reader';
import { READER_SCRIPT_FILE } from '../../messaging/protocol';

interface FakeTab {
  loaded: boolean;
  url?: string;
  injectError?: Error;
  answer?: unknown;
}

/** A tab as the background sees it: scripting, messaging and the toolbar button. */
function fakeApi(tab: FakeTab) {
  const calls: string[] = [];
  const action = {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async () => undefined),
    setPopup: vi.fn(async () => undefined),
    openPopup: vi.fn(async () => {
      throw new Error('no user gesture');
    }),
  };
  const api = {
    scripting: {
      executeScript: vi.fn(async (injection: { files?: string[] }) => {
        if (tab.injectError) throw tab.injectError;
        if (injection.files) {
          calls.push(`inject ${injection.files.join()}`);
          tab.loaded = true;
          return [{ frameId: 0, result: undefined }];
        }
        calls.push('probe');
        return [{ frameId: 0, result: tab.loaded }];
      }),
    },
    tabs: {
      get: vi.fn(async () => ({ url: tab.url })),
      sendMessage: vi.fn(async (_tabId: number, message: unknown) => {
        calls.push(`message ${JSON.stringify(message)}`);
        if (!tab.loaded) throw new Error('Could not establish connection. Receiving end does not exist.');
        return tab.answer;
      }),
    },
    action,
    t: (key: string) => `[${key}]`,
  };
  return { api: api as unknown as TriggerApi, action, calls };
}

describe('triggerReader', () => {
  it('injects the reader once, then sends the request and returns what the page shows', async () => {
    const tab: FakeTab = { loaded: false, answer: { shown: 'article', title: 'T', startBlock: null } };
    const { api, calls, action } = fakeApi(tab);
    expect(await triggerReader(api, 7, { action: 'toggle' })).toEqual({ shown: 'article', title: 'T', startBlock: null });
    expect(calls).toEqual([
      'probe',
      `inject ${READER_SCRIPT_FILE}`,
      'message {"type":"lector:reader","action":"toggle"}',
    ]);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '' });

    calls.length = 0;
    tab.answer = { shown: 'closed' };
    expect(await triggerReader(api, 7, { action: 'toggle' })).toEqual({ shown: 'closed' });
    expect(calls).toEqual(['probe', 'message {"type":"lector:reader","action":"toggle"}']);
  });

  it('passes the start hint of "Read aloud from here"', async () => {
    const { api, calls } = fakeApi({ loaded: true, answer: { shown: 'article', title: 'T', startBlock: 4 } });
    await triggerReader(api, 1, { action: 'open', startHint: { selectionText: 'from here' } });
    expect(calls.at(-1)).toBe(
      'message {"type":"lector:reader","action":"open","startHint":{"selectionText":"from here"}}',
    );
  });

  it('explains a page the browser will not let it script, on the toolbar button', async () => {
    const { api, action, calls } = fakeApi({
      loaded: false,
      injectError: new Error('Cannot access a chrome:// URL'),
    });
    expect(await triggerReader(api, 3, { action: 'toggle' })).toEqual({ shown: 'unavailable', reason: 'browser-page' });
    expect(calls).toEqual([]);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: '!' });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 3, title: '[unavailableBadgeTitle]' });
    expect(action.setPopup).toHaveBeenCalledWith({ tabId: 3, popup: '/unavailable.html?reason=browser-page&tab=3' });
    expect(action.openPopup).toHaveBeenCalled();
  });

  it('uses the tab URL when the browser gives it', async () => {
    const { api } = fakeApi({
      loaded: false,
      url: 'https://chromewebstore.google.com/detail/x',
      injectError: new Error('The extensions gallery cannot be scripted.'),
    });
    expect(await triggerReader(api, 3, { action: 'toggle' })).toEqual({ shown: 'unavailable', reason: 'store' });
  });

  it('reports a page that stops answering instead of waiting forever', async () => {
    const { api, action } = fakeApi({ loaded: true, answer: undefined });
    expect(await triggerReader(api, 2, { action: 'toggle' })).toEqual({ shown: 'unavailable', reason: 'other' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 2, text: '!' });
  });
});
