/** "Try again" comes only from Lector's own pages; a content script (which has a tab) or another extension is ignored. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TriggerOutcome } from '@/messaging/protocol';
import { setupRetryRequests } from './retry-requests';

beforeEach(() => fakeBrowser.reset());

describe('setupRetryRequests', () => {
  it("toggles the tab the popup names, for Lector's own pages only", async () => {
    const toggle = vi.fn(async (): Promise<TriggerOutcome> => ({ shown: 'closed' }));
    setupRetryRequests(toggle);
    const answers: unknown[] = [];
    // The fake's typing knows no sendResponse; the listener uses it as the real browser passes it.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const send = (message: unknown, sender: object) => trigger(message, sender, (answer: unknown) => answers.push(answer));
    const own = { id: fakeBrowser.runtime.id };

    await send({ type: 'lector:retry', tabId: 8 }, { ...own, tab: { id: 3 } });
    await send({ type: 'lector:retry', tabId: 9 }, { id: 'someone-else' });
    await send({ type: 'lector:font', file: 'a.woff2' }, own);
    expect(toggle).not.toHaveBeenCalled();

    await send({ type: 'lector:retry', tabId: 7 }, own);
    expect(toggle).toHaveBeenCalledExactlyOnceWith(7);
    await vi.waitFor(() => expect(answers).toEqual([{ shown: 'closed' }]));
  });
});
